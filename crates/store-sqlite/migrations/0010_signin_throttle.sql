-- Sign-in that cannot be turned against its owner (issue 14): failed
-- sign-ins are counted per bucket (account and address, address, account)
-- since the bucket's last success; the delay before the next attempt grows
-- with the count and a success clears it. Buckets are hashes, never what
-- was typed.
CREATE TABLE signin_failures (
    bucket TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at INTEGER NOT NULL
);
CREATE INDEX signin_failures_last ON signin_failures(last_at);

-- The purge job deletes expired sessions and stale rate-limit rows.
CREATE INDEX sessions_expires ON sessions(expires_at);
CREATE INDEX rate_limits_window ON rate_limits(window_start);
