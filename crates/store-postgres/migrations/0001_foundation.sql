-- Times are unix seconds (UTC) in BIGINT, as on SQLite: the Store trait
-- passes times in, and the two backends store and compare them alike.
-- Ticket ids are the public numbers. JSON is kept as TEXT (JSONB refuses
-- the \u0000 escape a submitted field may carry; nothing queries inside it).

CREATE TABLE orgs (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    shared BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE org_client_ids (
    org_id BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    PRIMARY KEY (org_id, client_id)
);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('requester', 'agent', 'admin')),
    org_id BIGINT REFERENCES orgs(id),
    locale TEXT NOT NULL DEFAULT 'en',
    password_hash TEXT,
    created_at BIGINT NOT NULL
);

-- Sessions live here, so every instance behind a load balancer knows them.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

-- Rate-limit windows are shared by all instances.
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL
);

CREATE TABLE tickets (
    id BIGSERIAL PRIMARY KEY,
    form TEXT NOT NULL,
    subject TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    requester_id BIGINT NOT NULL REFERENCES users(id),
    org_id BIGINT REFERENCES orgs(id),
    assignee_id BIGINT REFERENCES users(id),
    fields TEXT NOT NULL,
    submit_key TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tickets_status ON tickets(status, id);
CREATE INDEX tickets_requester ON tickets(requester_id, id);
CREATE INDEX tickets_org ON tickets(org_id, id);
CREATE INDEX tickets_assignee ON tickets(assignee_id, id);
CREATE UNIQUE INDEX tickets_submit_key ON tickets(requester_id, submit_key) WHERE submit_key IS NOT NULL;

CREATE TABLE ticket_identifiers (
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (key, value, ticket_id)
);

CREATE TABLE sealed_values (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    ciphertext BYTEA,
    destroy_after BIGINT NOT NULL,
    destroyed_at BIGINT
);
CREATE INDEX sealed_values_ticket ON sealed_values(ticket_id);

CREATE TABLE comments (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
    created_at BIGINT NOT NULL
);
CREATE INDEX comments_ticket ON comments(ticket_id, id);

CREATE TABLE audit_events (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES users(id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX audit_events_ticket ON audit_events(ticket_id, id);
