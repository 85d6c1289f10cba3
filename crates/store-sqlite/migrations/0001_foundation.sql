-- Times are unix seconds (UTC). Ticket ids are the public numbers.

CREATE TABLE orgs (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE org_client_ids (
    org_id INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    PRIMARY KEY (org_id, client_id)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('requester', 'agent', 'admin')),
    org_id INTEGER REFERENCES orgs(id),
    locale TEXT NOT NULL DEFAULT 'en',
    password_hash TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);

CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL
);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    form TEXT NOT NULL,
    subject TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    requester_id INTEGER NOT NULL REFERENCES users(id),
    org_id INTEGER REFERENCES orgs(id),
    assignee_id INTEGER REFERENCES users(id),
    fields TEXT NOT NULL,
    submit_key TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX tickets_status ON tickets(status, id);
CREATE INDEX tickets_requester ON tickets(requester_id, id);
CREATE INDEX tickets_org ON tickets(org_id, id);
CREATE INDEX tickets_assignee ON tickets(assignee_id, id);
CREATE UNIQUE INDEX tickets_submit_key ON tickets(requester_id, submit_key) WHERE submit_key IS NOT NULL;

CREATE TABLE ticket_identifiers (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (key, value, ticket_id)
);

CREATE TABLE sealed_values (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    ciphertext BLOB,
    destroy_after INTEGER NOT NULL,
    destroyed_at INTEGER
);
CREATE INDEX sealed_values_ticket ON sealed_values(ticket_id);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
    created_at INTEGER NOT NULL
);
CREATE INDEX comments_ticket ON comments(ticket_id, id);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX audit_events_ticket ON audit_events(ticket_id, id);
