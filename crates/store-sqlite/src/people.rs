store_sql::people!();
