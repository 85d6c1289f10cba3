/// Rows into models: the column lists both backends SELECT and the code
/// that reads them. Expanded in each backend's `rows` module, which adds
/// `USER_COLUMNS` (SQLite's booleans are INTEGERs; sqlx reads both as
/// `bool`).
#[macro_export]
macro_rules! rows {
    () => {
        use crate::{Row, db_err};
        use sqlx::Row as _;
        use store::{AuditEvent, Comment, Person, Result, Ticket, User};
        use time::OffsetDateTime;

        pub use store_sql::{json, parse, ts};

        pub fn opt_ts(row: &Row, column: &str) -> Result<Option<OffsetDateTime>> {
            Ok(row
                .try_get::<Option<i64>, _>(column)
                .map_err(db_err)?
                .map(ts))
        }

        pub const USER_FROM: &str = "users u LEFT JOIN orgs o ON o.id = u.org_id";

        pub fn user(row: &Row) -> Result<User> {
            Ok(User {
                id: row.try_get("id").map_err(db_err)?,
                email: row.try_get("email").map_err(db_err)?,
                name: row.try_get("name").map_err(db_err)?,
                role: parse(row.try_get::<&str, _>("role").map_err(db_err)?)?,
                org_id: row.try_get("org_id").map_err(db_err)?,
                org_shared: row.try_get("org_shared").map_err(db_err)?,
                locale: parse(row.try_get::<&str, _>("locale").map_err(db_err)?)?,
                created_at: ts(row.try_get("created_at").map_err(db_err)?),
            })
        }

        pub const TICKET_SELECT: &str = "SELECT t.id, t.form, t.subject, t.description, t.status, t.priority, \
             t.requester_id, r.name AS requester_name, r.email AS requester_email, t.org_id, \
             t.assignee_id, a.name AS assignee_name, a.email AS assignee_email, t.fields, t.created_at, t.updated_at \
             FROM tickets t JOIN users r ON r.id = t.requester_id LEFT JOIN users a ON a.id = t.assignee_id";

        pub fn ticket(row: &Row) -> Result<Ticket> {
            let g = |c: &str| row.try_get::<Option<String>, _>(c).map_err(db_err);
            let assignee = match row
                .try_get::<Option<i64>, _>("assignee_id")
                .map_err(db_err)?
            {
                Some(id) => Some(Person {
                    id,
                    name: g("assignee_name")?.unwrap_or_default(),
                    email: g("assignee_email")?.unwrap_or_default(),
                }),
                None => None,
            };
            Ok(Ticket {
                id: row.try_get("id").map_err(db_err)?,
                form: row.try_get("form").map_err(db_err)?,
                subject: row.try_get("subject").map_err(db_err)?,
                description: row.try_get("description").map_err(db_err)?,
                status: parse(row.try_get::<&str, _>("status").map_err(db_err)?)?,
                priority: parse(row.try_get::<&str, _>("priority").map_err(db_err)?)?,
                requester: Person {
                    id: row.try_get("requester_id").map_err(db_err)?,
                    name: g("requester_name")?.unwrap_or_default(),
                    email: g("requester_email")?.unwrap_or_default(),
                },
                org_id: row.try_get("org_id").map_err(db_err)?,
                assignee,
                fields: json(row.try_get::<&str, _>("fields").map_err(db_err)?)?,
                created_at: ts(row.try_get("created_at").map_err(db_err)?),
                updated_at: ts(row.try_get("updated_at").map_err(db_err)?),
            })
        }

        pub const COMMENT_SELECT: &str = "SELECT c.id, c.ticket_id, c.author_id, u.name AS author_name, \
             u.email AS author_email, u.role AS author_role, c.body, c.visibility, c.created_at \
             FROM comments c JOIN users u ON u.id = c.author_id";

        pub fn comment(row: &Row) -> Result<Comment> {
            let visibility = match row.try_get::<&str, _>("visibility").map_err(db_err)? {
                "public" => domain::CommentVisibility::Public,
                _ => domain::CommentVisibility::Internal,
            };
            Ok(Comment {
                id: row.try_get("id").map_err(db_err)?,
                ticket_id: row.try_get("ticket_id").map_err(db_err)?,
                author: Person {
                    id: row.try_get("author_id").map_err(db_err)?,
                    name: row.try_get("author_name").map_err(db_err)?,
                    email: row.try_get("author_email").map_err(db_err)?,
                },
                author_role: parse(row.try_get::<&str, _>("author_role").map_err(db_err)?)?,
                body: row.try_get("body").map_err(db_err)?,
                visibility,
                created_at: ts(row.try_get("created_at").map_err(db_err)?),
            })
        }

        pub const AUDIT_SELECT: &str =
            "SELECT id, ticket_id, actor_id, action, detail, at FROM audit_events";

        pub fn audit_event(row: &Row) -> Result<AuditEvent> {
            Ok(AuditEvent {
                id: row.try_get("id").map_err(db_err)?,
                ticket_id: row.try_get("ticket_id").map_err(db_err)?,
                actor_id: row.try_get("actor_id").map_err(db_err)?,
                action: row.try_get("action").map_err(db_err)?,
                detail: json(row.try_get::<&str, _>("detail").map_err(db_err)?)?,
                at: ts(row.try_get("at").map_err(db_err)?),
            })
        }
    };
}
