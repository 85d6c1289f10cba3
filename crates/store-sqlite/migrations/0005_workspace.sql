-- Agent workspace: SLA clocks, clustering signature, problems, tags,
-- macros, requester read marks and a full-text index of tickets.

ALTER TABLE tickets ADD COLUMN product TEXT;
ALTER TABLE tickets ADD COLUMN first_replied_at INTEGER;
ALTER TABLE tickets ADD COLUMN solved_at INTEGER;
ALTER TABLE tickets ADD COLUMN first_reply_due_at INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_due_at INTEGER;
ALTER TABLE tickets ADD COLUMN error_signature TEXT;
ALTER TABLE tickets ADD COLUMN problem_id INTEGER REFERENCES tickets(id) ON DELETE SET NULL;
-- When an unsolved ticket breaches its SLA (the earlier of the pending due
-- times); NULL once solved. Kept by the trigger below, indexed for views.
ALTER TABLE tickets ADD COLUMN sla_breach_at INTEGER;

UPDATE tickets SET product = json_extract(fields, '$.product');
UPDATE tickets SET solved_at = updated_at WHERE status IN ('solved', 'closed');
UPDATE tickets SET first_replied_at = (
    SELECT MIN(c.created_at) FROM comments c JOIN users u ON u.id = c.author_id
    WHERE c.ticket_id = tickets.id AND c.visibility = 'public' AND u.role IN ('agent', 'admin'));

CREATE INDEX tickets_product ON tickets(product, id);
CREATE INDEX tickets_priority ON tickets(priority, id);
CREATE INDEX tickets_created ON tickets(created_at);
CREATE INDEX tickets_updated ON tickets(updated_at, id);
CREATE INDEX tickets_signature ON tickets(product, error_signature, created_at);
CREATE INDEX tickets_problem ON tickets(problem_id) WHERE problem_id IS NOT NULL;
CREATE INDEX tickets_breach ON tickets(sla_breach_at) WHERE sla_breach_at IS NOT NULL;
CREATE INDEX tickets_assignee_status ON tickets(assignee_id, status, id);
CREATE INDEX tickets_status_product_priority ON tickets(status, product, priority, id);
CREATE INDEX tickets_status_updated ON tickets(status, updated_at, id);
CREATE INDEX tickets_status_due ON tickets(status, COALESCE(resolution_due_at, 9223372036854775807), id);
-- Pasting a value finds it under any identifier key.
CREATE INDEX ticket_identifiers_value ON ticket_identifiers(value);

-- The product is a plain column for filters; taken from the fields on insert.
CREATE TRIGGER tickets_product_on_insert AFTER INSERT ON tickets
BEGIN
    UPDATE tickets SET product = json_extract(NEW.fields, '$.product') WHERE id = NEW.id;
END;

-- SLA clocks stop by themselves, whichever code path changes a ticket.
CREATE TRIGGER tickets_solved_at AFTER UPDATE OF status ON tickets
WHEN NEW.status IN ('solved', 'closed') AND OLD.status NOT IN ('solved', 'closed')
BEGIN
    UPDATE tickets SET solved_at = NEW.updated_at WHERE id = NEW.id;
END;
CREATE TRIGGER tickets_reopened AFTER UPDATE OF status ON tickets
WHEN NEW.status NOT IN ('solved', 'closed') AND OLD.status IN ('solved', 'closed')
BEGIN
    UPDATE tickets SET solved_at = NULL WHERE id = NEW.id;
END;
CREATE TRIGGER tickets_sla_breach_at
AFTER UPDATE OF first_replied_at, solved_at, first_reply_due_at, resolution_due_at ON tickets
BEGIN
    UPDATE tickets SET sla_breach_at = CASE
        WHEN NEW.solved_at IS NOT NULL THEN NULL
        WHEN NEW.first_replied_at IS NULL AND NEW.first_reply_due_at IS NOT NULL
             AND NEW.first_reply_due_at < COALESCE(NEW.resolution_due_at, 9223372036854775807)
            THEN NEW.first_reply_due_at
        ELSE NEW.resolution_due_at END
    WHERE id = NEW.id;
END;
CREATE TRIGGER comments_first_reply AFTER INSERT ON comments
WHEN NEW.visibility = 'public'
  AND (SELECT role FROM users WHERE id = NEW.author_id) IN ('agent', 'admin')
BEGIN
    UPDATE tickets SET first_replied_at = NEW.created_at
    WHERE id = NEW.ticket_id AND first_replied_at IS NULL;
END;

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, ticket_id)
);
CREATE INDEX ticket_tags_ticket ON ticket_tags(ticket_id);

CREATE TABLE macros (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    set_status TEXT,
    add_tags TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL
);

-- The last public comment a requester has seen on a ticket.
CREATE TABLE ticket_reads (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    last_comment_id INTEGER NOT NULL,
    PRIMARY KEY (user_id, ticket_id)
);

-- Free text over subjects, fields, descriptions and comments.
CREATE VIRTUAL TABLE ticket_text USING fts5(ticket_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO ticket_text (ticket_id, body)
    SELECT id, subject || ' ' || COALESCE(description, '') || ' ' || fields FROM tickets;
INSERT INTO ticket_text (ticket_id, body) SELECT ticket_id, body FROM comments;
CREATE TRIGGER ticket_text_ticket AFTER INSERT ON tickets
BEGIN
    INSERT INTO ticket_text (ticket_id, body)
    VALUES (NEW.id, NEW.subject || ' ' || COALESCE(NEW.description, '') || ' ' || NEW.fields);
END;
CREATE TRIGGER ticket_text_comment AFTER INSERT ON comments
BEGIN
    INSERT INTO ticket_text (ticket_id, body) VALUES (NEW.ticket_id, NEW.body);
END;
