//! What a new ticket's rows hold, written once for both backends and for
//! both ways of writing them (PostgreSQL's sqlx statements, SQLite's
//! dedicated ticket writer): the columns, the values in their order, and
//! the audit event's detail.

use store::{NewTicket, Result, StoreError, TicketSchedule};
use time::OffsetDateTime;

/// The columns of a new ticket's row, in the order of [`ticket_values`].
pub const TICKET_COLUMNS: &str = "form, subject, description, status, priority, requester_id, \
     org_id, fields, submit_key, created_at, updated_at, product, first_reply_due_at, \
     resolution_due_at, sla_breach_at, error_signature, seal_binding";

/// How many values [`ticket_values`] gives.
pub const TICKET_VALUES: usize = 17;

/// One value to bind: every column of a new ticket is an integer or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    Int(Option<i64>),
    Text(Option<&'a str>),
}

/// A new ticket's `fields` as the TEXT column keeps them.
pub fn fields_json(t: &NewTicket) -> Result<String> {
    serde_json::to_string(&t.fields).map_err(|e| StoreError::Database(e.to_string()))
}

/// The values of a new ticket's row, in the order of [`TICKET_COLUMNS`].
/// Its derived columns (product, SLA due and breach times, error signature)
/// are written here rather than by triggers updating the row just written.
pub fn ticket_values<'a>(
    t: &'a NewTicket,
    schedule: Option<&'a TicketSchedule>,
    now: OffsetDateTime,
    fields_json: &'a str,
) -> [Value<'a>; TICKET_VALUES] {
    use Value::{Int, Text};
    let at = |f: fn(&TicketSchedule) -> OffsetDateTime| schedule.map(|s| f(s).unix_timestamp());
    [
        Text(Some(&t.form)),
        Text(Some(t.subject.as_str())),
        Text(t.description.as_ref().map(|d| d.as_str())),
        Text(Some("new")),
        Text(Some(t.priority.as_str())),
        Int(Some(t.requester_id)),
        Int(t.org_id),
        Text(Some(fields_json)),
        Text(t.submit_key.as_ref().map(|k| k.as_str())),
        Int(Some(now.unix_timestamp())),
        Int(Some(now.unix_timestamp())),
        Text(t.fields.get("product").and_then(|v| v.as_str())),
        Int(at(|s| s.first_reply_due)),
        Int(at(|s| s.resolution_due)),
        Int(at(TicketSchedule::breach_at)),
        Text(schedule.and_then(|s| s.error_signature.as_ref().map(|e| e.as_str()))),
        Text(t.seal_binding.as_deref()),
    ]
}

/// The detail of a new ticket's "created" audit event.
pub fn created_detail(t: &NewTicket) -> String {
    serde_json::json!({ "form": t.form }).to_string()
}
