-- Requester pages and help-center search terms.
-- Requester pages at scale (issue 13): the unread-replies badge reads the
-- tickets most recently answered by staff, newest first from an index,
-- instead of joining every comment of a requester's organization. The id
-- of a ticket's latest public staff reply is kept on write.
ALTER TABLE tickets ADD COLUMN last_staff_reply_id BIGINT;

UPDATE tickets SET last_staff_reply_id = (
    SELECT MAX(c.id) FROM comments c JOIN users u ON u.id = c.author_id
    WHERE c.ticket_id = tickets.id AND c.visibility = 'public' AND u.role IN ('agent', 'admin'));

CREATE INDEX tickets_requester_replied ON tickets(requester_id, last_staff_reply_id)
    WHERE last_staff_reply_id IS NOT NULL;
CREATE INDEX tickets_org_replied ON tickets(org_id, last_staff_reply_id)
    WHERE last_staff_reply_id IS NOT NULL;

CREATE FUNCTION sportello_comments_last_staff_reply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.visibility = 'public'
       AND (SELECT role FROM users WHERE id = NEW.author_id) IN ('agent', 'admin') THEN
        UPDATE tickets SET last_staff_reply_id = NEW.id WHERE id = NEW.ticket_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER comments_last_staff_reply AFTER INSERT ON comments
FOR EACH ROW EXECUTE FUNCTION sportello_comments_last_staff_reply();

-- Help-center search terms (issue 15) need no table here: `ts_stat` reads
-- them from each locale's tsvectors (SQLite's 0013 adds fts5vocab tables).
SELECT 1;
