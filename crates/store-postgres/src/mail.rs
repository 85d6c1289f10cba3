//! The mail outbox on PostgreSQL: senders on every instance claim due rows
//! with `FOR UPDATE SKIP LOCKED` under a lease, so a mail goes to one sender.

store_sql::mail!();
