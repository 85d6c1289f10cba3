-- Debug ids, reveal permission, background job leases and attachments.
-- Times are unix seconds (UTC).

-- A debug id stands for an access token the requester handed over once.
-- The token itself is sealed (AEAD) before it reaches this table; the
-- ciphertext is dropped (set NULL) when the token expires or is revoked,
-- while the metadata stays for the tickets that refer to it.
CREATE TABLE debug_ids (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    org_id INTEGER REFERENCES orgs(id),
    client_id TEXT,
    scopes TEXT NOT NULL,
    ciphertext BLOB,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    purged_at INTEGER
);
CREATE INDEX debug_ids_user ON debug_ids(user_id, created_at);
CREATE INDEX debug_ids_due ON debug_ids(expires_at) WHERE ciphertext IS NOT NULL;

CREATE INDEX sealed_values_due ON sealed_values(destroy_after) WHERE destroyed_at IS NULL;

-- Agents allowed to reveal sealed values (admins always are).
CREATE TABLE reveal_grants (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    granted_at INTEGER NOT NULL
);

-- One row per background job: whoever holds an unexpired lease runs it.
-- Leases live in the database, so several instances never run a job twice
-- at once and a restarted instance simply claims it again.
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    lease_until INTEGER NOT NULL,
    last_run_at INTEGER
);

-- Files attached to a request (comment_id NULL) or to a reply. Bytes live
-- in the database so a backup is one file and instances share them.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    comment_id INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    uploader_id INTEGER NOT NULL REFERENCES users(id),
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_ticket ON attachments(ticket_id, id);
