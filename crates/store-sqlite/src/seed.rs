//! Bulk seeding for `sportello bench scale`: tickets written in their final
//! state, a batch per transaction, with multi-row inserts. What the normal
//! write paths derive is derived here by the same rules: the product, due
//! times, breach time and error signature as the intake's INSERT writes them
//! (`TicketSchedule`), `first_replied_at` and `solved_at` as the triggers set
//! them, the text index by the intake's own statement and the comment
//! trigger, identifiers and tags as rows, an audit event per change. Triggers
//! on insert (counters, rollups) run as for any insert.

use crate::{SqliteStore, db_err, intake};
use domain::{CommentVisibility, Status};
use sqlx::{Acquire, QueryBuilder, Sqlite};
use store::{NewTicket, Result, StoreError, TicketSchedule};

#[derive(Debug, Clone)]
pub struct SeedComment {
    pub author_id: i64,
    /// Whether the author is staff (a public staff comment is a first reply).
    pub by_staff: bool,
    pub body: String,
    pub visibility: CommentVisibility,
    pub at: i64,
    /// The status the ticket moved to with this comment.
    pub new_status: Option<Status>,
}

#[derive(Debug, Clone)]
pub struct SeedTicket {
    pub ticket: NewTicket,
    pub schedule: TicketSchedule,
    pub created_at: i64,
    /// Assigned (and opened) at this time.
    pub assigned: Option<(i64, i64)>,
    pub comments: Vec<SeedComment>,
    pub tags: Vec<(String, i64)>,
}

struct Final {
    status: Status,
    assignee: Option<i64>,
    updated_at: i64,
    first_replied_at: Option<i64>,
    solved_at: Option<i64>,
    breach_at: Option<i64>,
}

fn final_state(t: &SeedTicket) -> Final {
    let mut status = Status::New;
    let mut assignee = None;
    let mut updated_at = t.created_at;
    let mut first_replied_at = None;
    let mut solved_at = None;
    let done = |s: Status| matches!(s, Status::Solved | Status::Closed);
    let mut moved = |to: Status, at: i64, status: &mut Status| {
        if done(to) && !done(*status) {
            solved_at = Some(at);
        } else if !done(to) && done(*status) {
            solved_at = None;
        }
        *status = to;
    };
    if let Some((agent, at)) = t.assigned {
        assignee = Some(agent);
        moved(Status::Open, at, &mut status);
        updated_at = updated_at.max(at);
    }
    for c in &t.comments {
        if c.by_staff && c.visibility == CommentVisibility::Public && first_replied_at.is_none() {
            first_replied_at = Some(c.at);
        }
        if let Some(s) = c.new_status {
            moved(s, c.at, &mut status);
        }
        updated_at = updated_at.max(c.at);
    }
    for (_, at) in &t.tags {
        updated_at = updated_at.max(*at);
    }
    // The rule of migration 0005's `tickets_sla_breach_at` trigger.
    let first_due = t.schedule.first_reply_due.unix_timestamp();
    let resolution_due = t.schedule.resolution_due.unix_timestamp();
    let breach_at = if solved_at.is_some() {
        None
    } else if first_replied_at.is_none() && first_due < resolution_due {
        Some(first_due)
    } else {
        Some(resolution_due)
    };
    Final {
        status,
        assignee,
        updated_at,
        first_replied_at,
        solved_at,
        breach_at,
    }
}

impl SqliteStore {
    /// Writes `batch` in one transaction on the writer.
    pub async fn seed_tickets(&self, batch: &[SeedTicket]) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut conn = self.write.acquire().await.map_err(db_err)?;
        let mut tx = conn.begin().await.map_err(db_err)?;
        let first_id: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM tickets")
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        let mut comment_id: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM comments")
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
        let finals: Vec<Final> = batch.iter().map(final_state).collect();
        let ids: Vec<i64> = (first_id..first_id + batch.len() as i64).collect();
        let json = |v: &store::ScreenedFields| {
            serde_json::to_string(v).map_err(|e| StoreError::Database(e.to_string()))
        };
        let mut fields = Vec::with_capacity(batch.len());
        for t in batch {
            fields.push(json(&t.ticket.fields)?);
        }
        let rows: Vec<usize> = (0..batch.len()).collect();
        for chunk in rows.chunks(500) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO tickets (id, form, subject, description, status, priority, requester_id, \
                 org_id, assignee_id, fields, submit_key, created_at, updated_at, product, \
                 first_replied_at, solved_at, first_reply_due_at, resolution_due_at, \
                 error_signature, sla_breach_at) ",
            );
            q.push_values(chunk, |mut row, &k| {
                let (t, f) = (&batch[k], &finals[k]);
                row.push_bind(ids[k])
                    .push_bind(&t.ticket.form)
                    .push_bind(t.ticket.subject.as_str())
                    .push_bind(t.ticket.description.as_deref())
                    .push_bind(f.status.as_str())
                    .push_bind(t.ticket.priority.as_str())
                    .push_bind(t.ticket.requester_id)
                    .push_bind(t.ticket.org_id)
                    .push_bind(f.assignee)
                    .push_bind(&fields[k])
                    .push_bind(t.ticket.submit_key.as_deref())
                    .push_bind(t.created_at)
                    .push_bind(f.updated_at)
                    .push_bind(t.ticket.fields.get("product").and_then(|v| v.as_str()))
                    .push_bind(f.first_replied_at)
                    .push_bind(f.solved_at)
                    .push_bind(t.schedule.first_reply_due.unix_timestamp())
                    .push_bind(t.schedule.resolution_due.unix_timestamp())
                    .push_bind(t.schedule.error_signature.as_deref())
                    .push_bind(f.breach_at);
            });
            q.build().execute(&mut *tx).await.map_err(db_err)?;
        }
        // The ticket's own text first: its comments' rows follow it.
        intake::index_text_of(&mut tx, &ids).await?;
        let mut idents = Vec::new();
        let mut comments = Vec::new();
        let mut tags = Vec::new();
        let mut audits: Vec<(i64, Option<i64>, &str, String, i64)> = Vec::new();
        for (k, t) in batch.iter().enumerate() {
            let id = ids[k];
            for (key, value) in &t.ticket.identifiers {
                idents.push((id, key.as_str(), value.as_str()));
            }
            audits.push((
                id,
                Some(t.ticket.requester_id),
                "created",
                serde_json::json!({ "form": t.ticket.form }).to_string(),
                t.created_at,
            ));
            let mut status = Status::New;
            if let Some((agent, at)) = t.assigned {
                audits.push((
                    id,
                    Some(agent),
                    "updated",
                    serde_json::json!({ "status": ["new", "open"], "assignee_id": [null, agent] })
                        .to_string(),
                    at,
                ));
                status = Status::Open;
            }
            for c in &t.comments {
                comments.push((comment_id, id, c));
                let action = match c.visibility {
                    CommentVisibility::Public => "replied",
                    CommentVisibility::Internal => "noted",
                };
                audits.push((
                    id,
                    Some(c.author_id),
                    action,
                    serde_json::json!({ "comment_id": comment_id }).to_string(),
                    c.at,
                ));
                if let Some(s) = c.new_status.filter(|s| *s != status) {
                    audits.push((
                        id,
                        Some(c.author_id),
                        "updated",
                        serde_json::json!({ "status": [status.as_str(), s.as_str()] }).to_string(),
                        c.at,
                    ));
                    status = s;
                }
                comment_id += 1;
            }
            for (tag, _) in &t.tags {
                tags.push((id, tag.as_str()));
            }
        }
        for chunk in comments.chunks(1000) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO comments (id, ticket_id, author_id, body, visibility, created_at) ",
            );
            q.push_values(chunk, |mut row, (cid, tid, c)| {
                row.push_bind(*cid)
                    .push_bind(*tid)
                    .push_bind(c.author_id)
                    .push_bind(&c.body)
                    .push_bind(c.visibility.as_str())
                    .push_bind(c.at);
            });
            q.build().execute(&mut *tx).await.map_err(db_err)?;
        }
        for chunk in idents.chunks(2000) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT OR IGNORE INTO ticket_identifiers (ticket_id, key, value) ",
            );
            q.push_values(chunk, |mut row, (id, key, value)| {
                row.push_bind(*id).push_bind(*key).push_bind(*value);
            });
            q.build().execute(&mut *tx).await.map_err(db_err)?;
        }
        for chunk in tags.chunks(2000) {
            let mut q =
                QueryBuilder::<Sqlite>::new("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) ");
            q.push_values(chunk, |mut row, (id, tag)| {
                row.push_bind(*id).push_bind(*tag);
            });
            q.build().execute(&mut *tx).await.map_err(db_err)?;
        }
        for chunk in audits.chunks(1000) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO audit_events (ticket_id, actor_id, action, detail, at) ",
            );
            q.push_values(chunk, |mut row, (id, actor, action, detail, at)| {
                row.push_bind(*id)
                    .push_bind(*actor)
                    .push_bind(*action)
                    .push_bind(detail)
                    .push_bind(*at);
            });
            q.build().execute(&mut *tx).await.map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }
}
