//! The OpenAPI description of `/api/v1`, written by hand from the handlers'
//! shapes. A test checks every documented path is routed.

use axum::Json;
use serde_json::{Value, json};

pub fn document() -> Value {
    let error = json!({ "$ref": "#/components/schemas/Error" });
    let errors = |codes: &[&str]| -> Value {
        codes.iter().map(|c| ((*c).to_owned(), json!({ "description": "error", "content": { "application/json": { "schema": error } } }))).collect::<serde_json::Map<_, _>>().into()
    };
    let ok = |code: &str, description: &str| -> Value {
        let mut m = errors(&["400", "401", "404", "413", "422"]);
        m[code] = json!({ "description": description, "content": { "application/json": {} } });
        m
    };
    // Agents' deletes: 403 for requesters, 409 when something still depends on it.
    let deleted = |description: &str| -> Value {
        let mut m = ok("204", description);
        for (code, v) in errors(&["403", "409"]).as_object().into_iter().flatten() {
            m[code] = v.clone();
        }
        m
    };
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Sportello API", "version": env!("CARGO_PKG_VERSION") },
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "schemas": {
                "Error": {
                    "type": "object",
                    "properties": { "error": { "type": "object", "required": ["code", "message", "fields", "findings"], "properties": {
                        "code": { "type": "string" },
                        "message": { "type": "string" },
                        "fields": { "type": "array", "items": { "type": "object", "properties": { "field": { "type": "string" }, "code": { "type": "string" }, "message": { "type": "string" } } } },
                        "findings": { "type": "array", "items": { "type": "object", "properties": { "field": { "type": "string" }, "kind": { "type": "string" }, "start": { "type": "integer" }, "end": { "type": "integer" }, "message": { "type": "string" } } } },
                        "boxes": { "description": "A screenshot refused for what OCR read in it: the boxes of the words found, in the stored image's pixels (never the text).", "type": "array", "items": { "type": "object", "properties": { "kind": { "type": "string" }, "x": { "type": "integer" }, "y": { "type": "integer" }, "width": { "type": "integer" }, "height": { "type": "integer" } } } }
                    } } }
                }
            }
        },
        "security": [{ "bearer": [] }],
        "paths": {
            "/api/v1/forms/{key}": { "get": { "summary": "A form's fields and rules", "responses": ok("200", "the form spec") } },
            "/api/v1/requests": {
                "get": { "summary": "Your requests (and your shared organization's)", "responses": ok("200", "a page of requests") },
                "post": { "summary": "Submit a request", "description": "Body: {form, subject, description, fields, redact}. Optional Idempotency-Key header. 503 `busy` with Retry-After when more submissions wait to be written than the desk holds (nothing is kept; send again).", "responses": ok("201", "the new request") }
            },
            "/api/v1/requests/{id}": { "get": { "summary": "One request with its public conversation", "responses": ok("200", "the request") } },
            "/api/v1/requests/{id}/comments": { "post": { "summary": "Reply to a request", "responses": ok("201", "the comment") } },
            "/api/v1/tickets": { "get": { "summary": "Agents: tickets by status, assignee, text or identifier", "responses": ok("200", "a page of tickets") } },
            "/api/v1/tickets/{id}": {
                "get": { "summary": "Agents: a ticket with every comment and its audit log", "responses": ok("200", "the ticket") },
                "patch": { "summary": "Agents: change status, priority or assignee", "responses": ok("200", "the ticket") }
            },
            "/api/v1/tickets/{id}/comments": { "post": { "summary": "Agents: public reply or internal note", "responses": ok("201", "the comment") } },
            "/api/v1/inbound/email": { "post": { "summary": "A raw RFC 5322 message from a mail provider; header X-Sportello-Inbound-Secret", "security": [], "responses": ok("202", "replied, created or refused") } },
            "/api/v1/requests/{id}/attachments": { "post": { "summary": "Attach a file (multipart part `file`; optional `comment_id`, `redact`)", "description": "PNG, JPEG, WebP, GIF, PDF, docx, xlsx, pptx, text, log, JSON or HAR, by content. Images are re-encoded without metadata and read by OCR (a finding answers 422 `sensitive_data` with `boxes`); the text of every PDF page and Office part passes the guard (422 `document_unreadable`, `document_without_text` for a scan, 413 `document_too_large` for a zip bomb); text passes the guard; HAR files are sanitized and `removed` says where.", "responses": ok("201", "the attachment") } },
            "/api/v1/orgs": { "post": { "summary": "Admins: create an organization", "description": "Body: {slug, name, shared, client_ids}. 409 when the slug or a client id is taken.", "responses": ok("201", "{id, slug, name, shared, client_ids}") } },
            "/api/v1/orgs/{slug}": { "get": { "summary": "Admins: an organization with its client ids", "responses": ok("200", "the organization") } },
            "/api/v1/users": { "post": { "summary": "Admins: create a user", "description": "Body: {email, role, name?, org? (slug), locale?, password?}. The password meets the password rules, is hashed, and is never kept or echoed.", "responses": ok("201", "{id, email, name, role, org_id, locale, can_reveal}") } },
            "/api/v1/users/{id}": { "get": { "summary": "Admins: a user, with whether they may reveal sealed values", "responses": ok("200", "the user") } },
            "/api/v1/users/{id}/reveal": {
                "put": { "summary": "Admins: allow an agent to reveal sealed values (each reveal is audited)", "responses": ok("204", "granted") },
                "delete": { "summary": "Admins: take the reveal permission back", "responses": ok("204", "revoked") }
            },
            "/api/v1/tokens": {
                "get": { "summary": "Your API tokens (labels and dates, never the token)", "responses": ok("200", "{tokens: [{id, label, created_at, last_used_at}]}") },
                "post": { "summary": "Make an API token", "description": "Body: {label}. The answer's `token` is shown this once; only its hash is kept.", "responses": ok("201", "{id, label, created_at, last_used_at, token}") }
            },
            "/api/v1/tokens/{id}": { "delete": { "summary": "Revoke one of your API tokens", "responses": ok("204", "revoked") } },
            "/api/v1/attachments/{id}": { "get": { "summary": "Download an attachment (authorized as its ticket)", "responses": ok("200", "the file") } },
            "/api/v1/debug-ids": {
                "get": { "summary": "Your debug ids", "responses": ok("200", "debug ids") },
                "post": { "summary": "Exchange an access token for a debug id", "description": "Body: {access_token}. 429 with Retry-After past the hourly limit.", "responses": ok("201", "{debug_id, expires_at, client_id, scopes}") }
            },
            "/api/v1/debug-ids/{debug_id}": {
                "get": { "summary": "A debug id's metadata (owner and agents)", "responses": ok("200", "the debug id") },
                "delete": { "summary": "Revoke a debug id and destroy its token", "responses": ok("204", "revoked") }
            },
            "/api/v1/help/articles": {
                "get": { "summary": "Published help-center articles (?locale=&section_id=&limit=); a missing translation falls back to the other locale", "security": [], "responses": ok("200", "articles") },
                "post": { "summary": "Agents: an article with its first translation", "description": "Body: {section_id, position?, comments_closed?, locale, title, body (Markdown), published?}. Title and body are screened as written and as rendered.", "responses": ok("201", "the article with its translations") }
            },
            "/api/v1/help/articles/{id}/translations/{locale}": { "put": { "summary": "Agents: create or replace one translation; published puts it in the help center and its search", "description": "Body: {title, body (Markdown), published?}.", "responses": ok("200", "the article") } },
            "/api/v1/help/sections": { "post": { "summary": "Agents: a section", "description": "Body: {category_id, position?, names: [{locale, name, description?}]}.", "responses": ok("201", "the section") } },
            "/api/v1/help/categories": { "post": { "summary": "Agents: a category", "description": "Body: {position?, names: [{locale, name, description?}]}.", "responses": ok("201", "the category") } },
            "/api/v1/help/articles/{id}": {
                "get": { "summary": "One published article with sanitized HTML body and votes (?locale=)", "security": [], "responses": ok("200", "the article") },
                "patch": { "summary": "Agents: move an article, reorder it, open or close its comments ({section_id?, position?, comments_closed?})", "responses": ok("200", "the article") },
                "delete": { "summary": "Agents: delete an article with its translations, votes and comments; it leaves search at once", "responses": deleted("deleted") }
            },
            "/api/v1/help/sections/{id}": {
                "patch": { "summary": "Agents: move or rename a section (category_id, position, names replaced whole)", "responses": ok("200", "the section") },
                "delete": { "summary": "Agents: delete an empty section; 409 section_not_empty while it holds articles (drafts too)", "responses": deleted("deleted") }
            },
            "/api/v1/help/categories/{id}": {
                "patch": { "summary": "Agents: reorder or rename a category (position, names replaced whole)", "responses": ok("200", "the category") },
                "delete": { "summary": "Agents: delete an empty category; 409 category_not_empty while it holds sections", "responses": deleted("deleted") }
            },
            "/api/v1/help/articles/{id}/comments": {
                "get": { "summary": "An article's comments", "security": [], "responses": ok("200", "comments") },
                "post": { "summary": "Comment on an article: {body, redact, locale}; screened by the guard; 409 comments_closed", "responses": ok("201", "the comment") }
            },
            "/api/v1/help/articles/{id}/comments/{cid}": {
                "patch": { "summary": "Edit your comment {body, redact}; agents may set {hidden}", "responses": ok("200", "the comment") },
                "delete": { "summary": "Delete your comment (agents: any)", "responses": ok("204", "deleted") }
            },
            "/api/v1/help/search": { "get": { "summary": "Search published articles (?q=&locale=&suggest=1&limit=); stemmed, accent-insensitive, ranked, snippets with <mark>", "security": [], "responses": ok("200", "results") } },
            "/api/v1/help/deflections": { "post": { "summary": "Record a suggestion shown or opened while writing a request: {article_id, event: shown|opened}", "responses": ok("204", "recorded") } },
            "/api/v1/views": { "get": { "summary": "Agents: every view with its ticket count", "responses": ok("200", "views and counts") } },
            "/api/v1/views/{key}": { "get": { "summary": "Agents: one view (new, open, pending, on_hold, solved, mine, unassigned, breaching, all) with filters product, org, client_id, priority, assignee, tag, signature; sort; cursor paging", "responses": ok("200", "a page of tickets") } },
            "/api/v1/search": { "get": { "summary": "Agents: a pasted identifier finds tickets exactly; other text searches subjects, fields and comments", "responses": ok("200", "tickets") } },
            "/api/v1/tickets/bulk": { "post": { "summary": "Agents: change status, assignee, tags or problem of many tickets", "responses": ok("200", "the changed tickets") } },
            "/api/v1/tickets/{id}/workspace": { "get": { "summary": "Agents: SLA timers, tags, related tickets, problem links and incident banner of a ticket", "responses": ok("200", "the workspace panel") } },
            "/api/v1/tickets/{id}/tags": { "patch": { "summary": "Agents: add or remove tags", "responses": ok("200", "the tags") } },
            "/api/v1/tickets/{id}/problem": { "put": { "summary": "Agents: link a ticket to a problem ticket (or unlink)", "responses": ok("200", "the link") } },
            "/api/v1/tickets/{id}/solve-problem": { "post": { "summary": "Agents: post one reply to every linked ticket and solve them all", "responses": ok("200", "the solved tickets") } },
            "/api/v1/tickets/{id}/macros/{key}": { "post": { "summary": "Agents: apply a macro (or the built-in ask_missing)", "responses": ok("201", "the comment") } },
            "/api/v1/macros": {
                "get": { "summary": "Agents: macros", "responses": ok("200", "macros") },
                "post": { "summary": "Agents: create a macro", "responses": ok("201", "the macro") }
            },
            "/api/v1/macros/{id}": { "delete": { "summary": "Agents: delete a macro", "responses": ok("204", "deleted") } },
            "/api/v1/incidents": { "get": { "summary": "Agents: possible incidents (clusters of similar errors)", "responses": ok("200", "clusters") } },
            "/api/v1/dashboard": { "get": { "summary": "Agents: dashboard figures", "responses": ok("200", "figures") } },
            "/api/v1/notifications": { "get": { "summary": "Requesters: unread replies", "responses": ok("200", "notifications") } },
            "/api/v1/notifications/read": { "post": { "summary": "Requesters: mark replies read", "responses": ok("204", "done") } },
            "/api/v1/openapi.json": { "get": { "summary": "This document", "security": [], "responses": ok("200", "OpenAPI 3.1") } }
        }
    })
}

pub async fn spec() -> Json<Value> {
    Json(document())
}
