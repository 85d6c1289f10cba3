-- Debug ids, reveal permission, background job leases and attachments.
-- Times are unix seconds (UTC).

-- A debug id stands for an access token the requester handed over once.
-- The token itself is sealed (AEAD) before it reaches this table; the
-- ciphertext is dropped (set NULL) when the token expires or is revoked,
-- while the metadata stays for the tickets that refer to it.
CREATE TABLE debug_ids (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id BIGINT REFERENCES orgs(id),
    client_id TEXT,
    scopes TEXT NOT NULL,
    ciphertext BYTEA,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    purged_at BIGINT
);
CREATE INDEX debug_ids_user ON debug_ids(user_id, created_at);
CREATE INDEX debug_ids_due ON debug_ids(expires_at) WHERE ciphertext IS NOT NULL;

CREATE INDEX sealed_values_due ON sealed_values(destroy_after) WHERE destroyed_at IS NULL;

-- Agents allowed to reveal sealed values (admins always are).
CREATE TABLE reveal_grants (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    granted_at BIGINT NOT NULL
);

-- One row per background job: whoever holds an unexpired lease runs it.
-- Instances claim the row with FOR UPDATE SKIP LOCKED, so two of them
-- never run a job at once and a restarted instance simply claims it again.
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    lease_until BIGINT NOT NULL,
    last_run_at BIGINT
);

-- Files attached to a request (comment_id NULL) or to a reply. Bytes live
-- in the database so every instance serves them.
CREATE TABLE attachments (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    comment_id BIGINT REFERENCES comments(id) ON DELETE CASCADE,
    uploader_id BIGINT NOT NULL REFERENCES users(id),
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',
    data BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX attachments_ticket ON attachments(ticket_id, id);
