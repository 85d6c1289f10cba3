//! What tickets and comments look like on the wire, for requesters and for
//! agents. Sealed values show only that they exist; internal notes reach
//! agents only because only agents' handlers ask for them.

use serde_json::{Value, json};
use store::{Comment, SealedField, Ticket};
use time::format_description::well_known::Rfc3339;

fn ts(t: time::OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn sealed_json(sealed: &[SealedField]) -> Value {
    let map: serde_json::Map<String, Value> = sealed
        .iter()
        .map(|s| {
            let v = json!({
                "sealed": true,
                "destroy_after": ts(s.destroy_after),
                "destroyed_at": s.destroyed_at.map(ts),
            });
            (s.key.clone(), v)
        })
        .collect();
    Value::Object(map)
}

pub fn ticket(t: &Ticket, sealed: &[SealedField], for_agent: bool) -> Value {
    let mut v = json!({
        "id": t.id,
        "form": t.form,
        "subject": t.subject,
        "description": t.description,
        "status": t.status,
        "priority": t.priority,
        "requester": { "id": t.requester.id, "name": t.requester.name },
        "organization_id": t.org_id,
        "fields": t.fields,
        "sealed": sealed_json(sealed),
        "created_at": ts(t.created_at),
        "updated_at": ts(t.updated_at),
    });
    if for_agent {
        v["requester"]["email"] = json!(t.requester.email);
        v["assignee"] = match &t.assignee {
            Some(a) => json!({ "id": a.id, "name": a.name, "email": a.email }),
            None => Value::Null,
        };
    }
    v
}

pub fn ticket_summary(t: &Ticket, for_agent: bool) -> Value {
    let mut v = json!({
        "id": t.id,
        "subject": t.subject,
        "status": t.status,
        "priority": t.priority,
        "requester": { "id": t.requester.id, "name": t.requester.name },
        "client_id": t.fields.get("client_id"),
        "created_at": ts(t.created_at),
        "updated_at": ts(t.updated_at),
    });
    if for_agent {
        v["assignee_id"] = json!(t.assignee.as_ref().map(|a| a.id));
    }
    v
}

pub fn comment(c: &Comment) -> Value {
    json!({
        "id": c.id,
        "ticket_id": c.ticket_id,
        "author": { "id": c.author.id, "name": c.author.name, "role": c.author_role },
        "body": c.body,
        "public": c.visibility == domain::CommentVisibility::Public,
        "created_at": ts(c.created_at),
    })
}
