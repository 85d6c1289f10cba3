-- Atomic side effects (issue 14): a change that people are told about
-- (a ticket created, a reply, a status change) leaves its audit event here
-- in the same transaction, and the mail about it is queued and the row
-- deleted in one transaction afterwards. A crash in between loses nothing:
-- the next pass finds the row.
CREATE TABLE pending_notifications (
    event_id BIGINT PRIMARY KEY REFERENCES audit_events(id) ON DELETE CASCADE
);
