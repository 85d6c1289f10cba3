//! The few words PostgreSQL spells differently from SQLite in SQL both
//! otherwise share (`store_sql`).

/// Sorts text byte by byte, as SQLite does, whatever the database's locale.
pub const BYTEWISE: &str = " COLLATE \"C\"";

/// Readers of a row another instance may be changing hold it shared until
/// they commit.
pub fn for_share(of: &str) -> String {
    format!("FOR SHARE OF {of}")
}

pub const FOR_UPDATE: &str = " FOR UPDATE";

/// Claims pass over rows another instance is claiming instead of waiting.
pub const SKIP_LOCKED: &str = " FOR UPDATE SKIP LOCKED";

pub const TRUE: &str = "TRUE";
pub const FALSE: &str = "FALSE";

pub const GROUP_CONCAT: &str = "string_agg";

/// The planner picks its index itself.
pub const CREATED_COVER: &str = "";

/// Ticket ids bound as one array (`ids_param`).
pub const IN_IDS: &str = "= ANY($1)";

/// A list of ids as `IN_IDS` reads it: an array.
pub fn ids_param(ids: &[i64]) -> store::Result<&[i64]> {
    Ok(ids)
}

/// Case-insensitive like SQLite's LIKE (and beyond ASCII).
pub const LIKE: &str = "ILIKE";

/// Unix seconds now, by the database's clock.
pub const NOW: &str = "EXTRACT(EPOCH FROM now())::BIGINT";

/// An organization's client ids, as an array (`store_impl::client_ids`).
pub const CLIENT_IDS: &str = "ARRAY(SELECT client_id FROM org_client_ids WHERE org_id = o.id \
     ORDER BY client_id COLLATE \"C\")";

/// Rewrites a ticket's own row of the text index (its first; comments
/// come after) after its fields change; `$1` the id.
pub const REFRESH_TICKET_TEXT: &str = "UPDATE ticket_text SET body = (SELECT sportello_text_terms(subject || ' ' || \
     COALESCE(description, '') || ' ' || fields) FROM tickets WHERE id = $1) \
     WHERE id = (SELECT min(id) FROM ticket_text WHERE ticket_id = $1)";

/// The view counts: what was folded (`counts.rs`) plus the changes not yet
/// folded (migration 0018), in one snapshot, so exact at any time.
pub const KEPT_COUNTS: &str = "(SELECT status, assignee_id, n FROM ticket_counts \
     UNION ALL SELECT status, assignee_id, n FROM ticket_count_deltas) kept";

/// Unsolved tickets per day of creation, folded plus not yet folded.
pub const KEPT_OPEN_DAYS: &str = "(SELECT day, n FROM ticket_open_days \
     UNION ALL SELECT day, n FROM ticket_count_deltas WHERE status NOT IN ('solved', 'closed')) kept";

/// Tickets per day, product and error signature, folded plus not yet
/// folded (migration 0020).
pub const KEPT_ERROR_DAYS: &str = "(SELECT day, product, error_signature, n FROM ticket_error_days \
     UNION ALL SELECT day, product, error_signature, n FROM ticket_error_deltas) kept";

/// Tickets per day, product, first-reply hour and missed target, folded
/// plus not yet folded (migration 0023).
pub const KEPT_SLA_DAYS: &str = "(SELECT day, product, replied_hour, breached, n FROM ticket_sla_days \
     UNION ALL SELECT day, product, replied_hour, breached, n FROM ticket_sla_deltas) kept";

/// Tickets per minute, product and error signature, folded plus not yet
/// folded (migration 0024).
pub const KEPT_ERROR_MINUTES: &str = "(SELECT minute, product, error_signature, n FROM ticket_error_minutes \
     UNION ALL SELECT minute, product, error_signature, n FROM ticket_error_minute_deltas) kept";
