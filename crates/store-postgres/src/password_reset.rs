store_sql::password_reset!();
