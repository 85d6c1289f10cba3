-- Outgoing mail waits here until an SMTP server takes it. Senders on any
-- instance claim due rows with FOR UPDATE SKIP LOCKED and a lease
-- (claimed_until), so each mail is handed to one sender at a time.
CREATE TABLE mail_outbox (
    id BIGSERIAL PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    reply_to TEXT,
    ticket_id BIGINT REFERENCES tickets(id) ON DELETE SET NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at, id) WHERE sent_at IS NULL;

-- The unguessable part of a ticket's reply address (support+TOKEN@domain).
CREATE TABLE ticket_mail_tokens (
    ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE
);
