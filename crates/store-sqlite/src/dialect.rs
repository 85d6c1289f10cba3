//! The few words SQLite spells differently from PostgreSQL in SQL both
//! otherwise share (`store_sql`).

/// Text already sorts byte by byte (BINARY collation).
pub const BYTEWISE: &str = "";

/// No row locks: the one writer connection already runs one transaction
/// at a time, so nothing can change a row read inside it.
pub fn for_share(_of: &str) -> &'static str {
    ""
}

pub const FOR_UPDATE: &str = "";

/// Nobody else is claiming: there is one writer.
pub const SKIP_LOCKED: &str = "";

/// Booleans are INTEGERs.
pub const TRUE: &str = "1";
pub const FALSE: &str = "0";

pub const GROUP_CONCAT: &str = "group_concat";

/// The dashboard's and the incidents' time windows read one covering index
/// (migration 0009), named so the planner cannot pick another.
pub const CREATED_COVER: &str = " INDEXED BY tickets_created_cover";

/// Ticket ids bound as one JSON array (`ids_param`).
pub const IN_IDS: &str = "IN (SELECT value FROM json_each($1))";

/// A list of ids as `IN_IDS` reads it: a JSON array for `json_each`.
pub fn ids_param(ids: &[i64]) -> store::Result<String> {
    serde_json::to_string(ids).map_err(|e| store::StoreError::Database(e.to_string()))
}

/// SQLite's LIKE already ignores ASCII case.
pub const LIKE: &str = "LIKE";

/// Unix seconds now, by the database's clock.
pub const NOW: &str = "strftime('%s','now')";

/// An organization's client ids, as a JSON array (`store_impl::client_ids`).
pub const CLIENT_IDS: &str = "(SELECT json_group_array(client_id) FROM \
     (SELECT client_id FROM org_client_ids WHERE org_id = o.id ORDER BY client_id))";

/// Rewrites a ticket's own row of the FTS5 text index after its fields
/// change (its rowid is the id times 2^24, migration 0009); `$1` the id.
pub const REFRESH_TICKET_TEXT: &str = "UPDATE ticket_text SET body = (SELECT subject || ' ' || COALESCE(description, '') \
     || ' ' || fields FROM tickets WHERE id = $1) WHERE rowid = $1 * 16777216";

/// The view counts kept by triggers in the ticket's own transaction
/// (migration 0009): one writer, so no counter row is ever waited on.
pub const KEPT_COUNTS: &str = "ticket_counts";

/// Unsolved tickets per day of creation, kept likewise (migration 0009).
pub const KEPT_OPEN_DAYS: &str = "ticket_open_days";

/// Tickets per day, product and error signature, kept likewise (migration
/// 0015).
pub const KEPT_ERROR_DAYS: &str = "ticket_error_days";

/// Tickets per day, product, first-reply hour and missed target, kept
/// likewise (migration 0023).
pub const KEPT_SLA_DAYS: &str = "ticket_sla_days";

/// Tickets per minute, product and error signature, kept likewise
/// (migration 0024).
pub const KEPT_ERROR_MINUTES: &str = "ticket_error_minutes";
