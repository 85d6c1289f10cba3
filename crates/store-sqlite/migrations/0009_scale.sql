-- A million tickets (issue 13): what the pages read is kept on write or
-- reached through an index in the order the page wants, never by scanning.

-- Tickets per (status, assignee; 0 = unassigned), kept by triggers: the view
-- counts without other filters add up a few rows instead of walking an index.
CREATE TABLE ticket_counts (
    status TEXT NOT NULL,
    assignee_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (status, assignee_id)
) WITHOUT ROWID;
INSERT INTO ticket_counts (status, assignee_id, n)
    SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM tickets GROUP BY 1, 2;
CREATE TRIGGER ticket_counts_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO ticket_counts (status, assignee_id, n)
    VALUES (NEW.status, COALESCE(NEW.assignee_id, 0), 1)
    ON CONFLICT (status, assignee_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER ticket_counts_update AFTER UPDATE OF status, assignee_id ON tickets
WHEN OLD.status IS NOT NEW.status OR OLD.assignee_id IS NOT NEW.assignee_id
BEGIN
    UPDATE ticket_counts SET n = n - 1
    WHERE status = OLD.status AND assignee_id = COALESCE(OLD.assignee_id, 0);
    INSERT INTO ticket_counts (status, assignee_id, n)
    VALUES (NEW.status, COALESCE(NEW.assignee_id, 0), 1)
    ON CONFLICT (status, assignee_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER ticket_counts_delete AFTER DELETE ON tickets
BEGIN
    UPDATE ticket_counts SET n = n - 1
    WHERE status = OLD.status AND assignee_id = COALESCE(OLD.assignee_id, 0);
END;

-- Unsolved tickets per day of creation (unix day), for the dashboard's
-- backlog by age: whole days come from here, the one partial day at each
-- bucket edge from the index below.
CREATE TABLE ticket_open_days (
    day INTEGER PRIMARY KEY,
    n INTEGER NOT NULL
);
INSERT INTO ticket_open_days (day, n)
    SELECT created_at / 86400, COUNT(*) FROM tickets
    WHERE status NOT IN ('solved', 'closed') GROUP BY 1;
CREATE TRIGGER ticket_open_days_insert AFTER INSERT ON tickets
WHEN NEW.status NOT IN ('solved', 'closed')
BEGIN
    INSERT INTO ticket_open_days (day, n) VALUES (NEW.created_at / 86400, 1)
    ON CONFLICT (day) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER ticket_open_days_solved AFTER UPDATE OF status ON tickets
WHEN NEW.status IN ('solved', 'closed') AND OLD.status NOT IN ('solved', 'closed')
BEGIN
    UPDATE ticket_open_days SET n = n - 1 WHERE day = OLD.created_at / 86400;
END;
CREATE TRIGGER ticket_open_days_reopened AFTER UPDATE OF status ON tickets
WHEN NEW.status NOT IN ('solved', 'closed') AND OLD.status IN ('solved', 'closed')
BEGIN
    INSERT INTO ticket_open_days (day, n) VALUES (NEW.created_at / 86400, 1)
    ON CONFLICT (day) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER ticket_open_days_delete AFTER DELETE ON tickets
WHEN OLD.status NOT IN ('solved', 'closed')
BEGIN
    UPDATE ticket_open_days SET n = n - 1 WHERE day = OLD.created_at / 86400;
END;

-- Everything the dashboard and the incidents read about a time window, in
-- one index ordered by creation: window queries read only the window's
-- entries and never the table. Replaces the bare created_at index.
CREATE INDEX tickets_created_cover ON tickets(created_at, status, product, error_signature,
    first_replied_at, first_reply_due_at, resolution_due_at, solved_at);
DROP INDEX tickets_created;

-- Pasting a value: the matches come newest first from the index, so the
-- first page stops after 50 entries however many tickets share the value.
CREATE INDEX ticket_identifiers_value_ticket ON ticket_identifiers(value, ticket_id, key);
DROP INDEX ticket_identifiers_value;

-- The text index's rowid is now ticket_id * 2^24 + n (n = 0 for the
-- ticket's own text, then one per comment), so walking matches by rowid
-- descending walks tickets newest first and the first page of a search
-- reads about one page of matches, not every match.
CREATE VIRTUAL TABLE ticket_text_by_ticket USING fts5(ticket_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO ticket_text_by_ticket (rowid, ticket_id, body)
    SELECT ticket_id * 16777216 + ROW_NUMBER() OVER (PARTITION BY ticket_id ORDER BY rowid) - 1,
           ticket_id, body
    FROM ticket_text;
DROP TRIGGER ticket_text_comment;
DROP TABLE ticket_text;
ALTER TABLE ticket_text_by_ticket RENAME TO ticket_text;
CREATE TRIGGER ticket_text_comment AFTER INSERT ON comments
BEGIN
    INSERT INTO ticket_text (rowid, ticket_id, body) VALUES (
        COALESCE((SELECT rowid FROM ticket_text
                  WHERE rowid >= NEW.ticket_id * 16777216 AND rowid < (NEW.ticket_id + 1) * 16777216
                  ORDER BY rowid DESC LIMIT 1) + 1,
                 NEW.ticket_id * 16777216),
        NEW.ticket_id, NEW.body);
END;
