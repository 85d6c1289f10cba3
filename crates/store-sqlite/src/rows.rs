//! Turning rows into models. Every column list used by a SELECT lives here,
//! next to the function that reads it; the shared ones in `store_sql::rows!`.

// `Row`, `db_err`, `Result` and the shared helpers come with the macro.
store_sql::rows!();

pub const USER_COLUMNS: &str = "u.id, u.email, u.name, u.role, u.org_id, u.locale, u.created_at, \
     COALESCE(o.shared, 0) AS org_shared";
