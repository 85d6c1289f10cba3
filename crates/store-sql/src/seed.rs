//! Bulk seeding for `sportello bench scale`, on either backend: tickets
//! written in their final state, a batch per transaction, with multi-row
//! inserts. What the normal write paths derive is derived here by the same
//! rules: the product, due times, breach time and error signature as the
//! intake's INSERT writes them (`TicketSchedule`), `first_replied_at` and
//! `solved_at` as the triggers set them, identifiers and tags as rows, an
//! audit event per change. Triggers on insert (the text index of comments,
//! counters, rollups) run as for any insert.
//!
//! `seed!` is expanded in each backend's `seed` module, which provides
//! `seed_ids` (ids for the batch's tickets and comments) and
//! `index_seeded_text` (the tickets' own rows of the text index, before
//! their comments' rows).

use domain::{CommentVisibility, Status};
use guard::Screened;
use store::{NewTicket, TicketSchedule};

#[derive(Debug, Clone)]
pub struct SeedComment {
    pub author_id: i64,
    /// Whether the author is staff (a public staff comment is a first reply).
    pub by_staff: bool,
    /// Through the guard, as every text a store keeps.
    pub body: Screened,
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
    pub tags: Vec<(Screened, i64)>,
}

#[doc(hidden)]
#[derive(Debug)]
pub struct Final {
    pub status: Status,
    pub assignee: Option<i64>,
    pub updated_at: i64,
    pub first_replied_at: Option<i64>,
    pub solved_at: Option<i64>,
    pub breach_at: Option<i64>,
}

/// The ticket's state after its life, as the write paths would leave it.
pub fn final_state(t: &SeedTicket) -> Final {
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

/// `seed_tickets` on the backend's store (see the module's comment).
#[macro_export]
macro_rules! seed {
    () => {
        use crate::{Db, db_err};
        pub use $crate::seed::{SeedComment, SeedTicket};
        use $crate::seed::{Final, final_state};
        use domain::{CommentVisibility, Status};
        use sqlx::QueryBuilder;
        use store::{Result, StoreError};

        impl crate::Store {
            /// Writes `batch` in one transaction on the writer.
            pub async fn seed_tickets(&self, batch: &[SeedTicket]) -> Result<()> {
                if batch.is_empty() {
                    return Ok(());
                }
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let comment_count = batch.iter().map(|t| t.comments.len()).sum();
                let (ids, comment_ids) = seed_ids(&mut tx, batch.len(), comment_count).await?;
                let mut comment_ids = comment_ids.into_iter();
                let finals: Vec<Final> = batch.iter().map(final_state).collect();
                let json = |v: &store::ScreenedFields| {
                    $crate::serde_json::to_string(v).map_err(|e| StoreError::Database(e.to_string()))
                };
                let mut fields = Vec::with_capacity(batch.len());
                for t in batch {
                    fields.push(json(&t.ticket.fields)?);
                }
                let rows: Vec<usize> = (0..batch.len()).collect();
                for chunk in rows.chunks(500) {
                    let mut q = QueryBuilder::<Db>::new(
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
                index_seeded_text(&mut tx, &ids).await?;
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
                        $crate::serde_json::json!({ "form": t.ticket.form }).to_string(),
                        t.created_at,
                    ));
                    let mut status = Status::New;
                    if let Some((agent, at)) = t.assigned {
                        audits.push((
                            id,
                            Some(agent),
                            "updated",
                            $crate::serde_json::json!({ "status": ["new", "open"], "assignee_id": [null, agent] })
                                .to_string(),
                            at,
                        ));
                        status = Status::Open;
                    }
                    for c in &t.comments {
                        let comment_id = comment_ids
                            .next()
                            .ok_or_else(|| StoreError::Database("too few comment ids".into()))?;
                        comments.push((comment_id, id, c));
                        let action = match c.visibility {
                            CommentVisibility::Public => "replied",
                            CommentVisibility::Internal => "noted",
                        };
                        audits.push((
                            id,
                            Some(c.author_id),
                            action,
                            $crate::serde_json::json!({ "comment_id": comment_id }).to_string(),
                            c.at,
                        ));
                        if let Some(s) = c.new_status.filter(|s| *s != status) {
                            audits.push((
                                id,
                                Some(c.author_id),
                                "updated",
                                $crate::serde_json::json!({ "status": [status.as_str(), s.as_str()] }).to_string(),
                                c.at,
                            ));
                            status = s;
                        }
                    }
                    for (tag, _) in &t.tags {
                        tags.push((id, tag.as_str()));
                    }
                }
                for chunk in comments.chunks(1000) {
                    let mut q = QueryBuilder::<Db>::new(
                        "INSERT INTO comments (id, ticket_id, author_id, body, visibility, created_at) ",
                    );
                    q.push_values(chunk, |mut row, (cid, tid, c)| {
                        row.push_bind(*cid)
                            .push_bind(*tid)
                            .push_bind(c.author_id)
                            .push_bind(c.body.as_str())
                            .push_bind(c.visibility.as_str())
                            .push_bind(c.at);
                    });
                    q.build().execute(&mut *tx).await.map_err(db_err)?;
                }
                for chunk in idents.chunks(2000) {
                    let mut q = QueryBuilder::<Db>::new(
                        "INSERT INTO ticket_identifiers (ticket_id, key, value) ",
                    );
                    q.push_values(chunk, |mut row, (id, key, value)| {
                        row.push_bind(*id).push_bind(*key).push_bind(*value);
                    });
                    q.push(" ON CONFLICT DO NOTHING");
                    q.build().execute(&mut *tx).await.map_err(db_err)?;
                }
                for chunk in tags.chunks(2000) {
                    let mut q = QueryBuilder::<Db>::new("INSERT INTO ticket_tags (ticket_id, tag) ");
                    q.push_values(chunk, |mut row, (id, tag)| {
                        row.push_bind(*id).push_bind(*tag);
                    });
                    q.push(" ON CONFLICT DO NOTHING");
                    q.build().execute(&mut *tx).await.map_err(db_err)?;
                }
                for chunk in audits.chunks(1000) {
                    let mut q = QueryBuilder::<Db>::new(
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
    };
}
