-- Agent workspace: SLA clocks, clustering signature, problems, tags,
-- macros, requester read marks and a full-text index of tickets. Mirrors
-- SQLite's 0005: the same work is done by PL/pgSQL triggers, so every path
-- that writes tickets and comments keeps the clocks and the index right.

ALTER TABLE tickets ADD COLUMN product TEXT COLLATE "C";
ALTER TABLE tickets ADD COLUMN first_replied_at BIGINT;
ALTER TABLE tickets ADD COLUMN solved_at BIGINT;
ALTER TABLE tickets ADD COLUMN first_reply_due_at BIGINT;
ALTER TABLE tickets ADD COLUMN resolution_due_at BIGINT;
ALTER TABLE tickets ADD COLUMN error_signature TEXT COLLATE "C";
ALTER TABLE tickets ADD COLUMN problem_id BIGINT REFERENCES tickets(id) ON DELETE SET NULL;
-- When an unsolved ticket breaches its SLA (the earlier of the pending due
-- times); NULL once solved. Kept by the trigger below, indexed for views.
ALTER TABLE tickets ADD COLUMN sla_breach_at BIGINT;

-- The product of a ticket's fields (TEXT holding JSON); NULL when the
-- fields are not an object or cannot be read as json.
CREATE FUNCTION sportello_fields_product(fields TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN fields::json ->> 'product';
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END;
$$;

UPDATE tickets SET product = sportello_fields_product(fields);
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
CREATE FUNCTION sportello_tickets_before_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.product := sportello_fields_product(NEW.fields);
    RETURN NEW;
END;
$$;
CREATE TRIGGER tickets_product_on_insert BEFORE INSERT ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_tickets_before_insert();

-- SLA clocks stop by themselves, whichever code path changes a ticket:
-- solving stops the resolution clock, reopening restarts it, and the
-- breach time follows the pending due times.
CREATE FUNCTION sportello_tickets_before_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('solved', 'closed') AND OLD.status NOT IN ('solved', 'closed') THEN
        NEW.solved_at := NEW.updated_at;
    ELSIF NEW.status NOT IN ('solved', 'closed') AND OLD.status IN ('solved', 'closed') THEN
        NEW.solved_at := NULL;
    END IF;
    IF NEW.first_replied_at IS DISTINCT FROM OLD.first_replied_at
       OR NEW.solved_at IS DISTINCT FROM OLD.solved_at
       OR NEW.first_reply_due_at IS DISTINCT FROM OLD.first_reply_due_at
       OR NEW.resolution_due_at IS DISTINCT FROM OLD.resolution_due_at THEN
        NEW.sla_breach_at := CASE
            WHEN NEW.solved_at IS NOT NULL THEN NULL
            WHEN NEW.first_replied_at IS NULL AND NEW.first_reply_due_at IS NOT NULL
                 AND NEW.first_reply_due_at < COALESCE(NEW.resolution_due_at, 9223372036854775807)
                THEN NEW.first_reply_due_at
            ELSE NEW.resolution_due_at END;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tickets_sla BEFORE UPDATE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_tickets_before_update();

-- The first public comment by staff stops the first-reply clock.
CREATE FUNCTION sportello_comments_first_reply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.visibility = 'public'
       AND (SELECT role FROM users WHERE id = NEW.author_id) IN ('agent', 'admin') THEN
        UPDATE tickets SET first_replied_at = NEW.created_at
        WHERE id = NEW.ticket_id AND first_replied_at IS NULL;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER comments_first_reply AFTER INSERT ON comments
FOR EACH ROW EXECUTE FUNCTION sportello_comments_first_reply();

CREATE TABLE ticket_tags (
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (tag, ticket_id)
);
CREATE INDEX ticket_tags_ticket ON ticket_tags(ticket_id);

CREATE TABLE macros (
    id BIGSERIAL PRIMARY KEY,
    title TEXT COLLATE "C" NOT NULL,
    body TEXT NOT NULL,
    set_status TEXT,
    add_tags TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
);

-- The last public comment a requester has seen on a ticket.
CREATE TABLE ticket_reads (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    last_comment_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, ticket_id)
);

-- Free text over subjects, fields, descriptions and comments: one row per
-- ticket text and per comment (as SQLite's FTS5 rows), with the `simple`
-- configuration. ASCII punctuation separates words (as FTS5's unicode61
-- tokenizer does); the query side (workspace.rs) splits words the same way.
-- Accents are removed from Latin letters (unicode61's remove_diacritics),
-- here and in queries, so "cafe" finds "Café" and "café" finds "cafe".
CREATE FUNCTION sportello_fold(body TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(body,
        'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżžÀÁÂÃÄÅĀĂĄÇĆĈĊČĎÈÉÊËĒĔĖĘĚĜĞĠĢĤÌÍÎÏĨĪĬĮĴĶĹĻĽÑŃŅŇÒÓÔÕÖŌŎŐŔŖŘŚŜŞŠŢŤÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ',
        'aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzzaaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz')
$$;
CREATE FUNCTION sportello_text_terms(body TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_tsvector('simple',
        regexp_replace(sportello_fold(body), '[\x01-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]+', ' ', 'g'))
$$;
CREATE TABLE ticket_text (
    id BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    body TSVECTOR NOT NULL
);
CREATE INDEX ticket_text_ticket ON ticket_text(ticket_id);
CREATE INDEX ticket_text_body ON ticket_text USING GIN (body);
INSERT INTO ticket_text (ticket_id, body)
    SELECT id, sportello_text_terms(subject || ' ' || COALESCE(description, '') || ' ' || fields) FROM tickets;
INSERT INTO ticket_text (ticket_id, body) SELECT ticket_id, sportello_text_terms(body) FROM comments;

CREATE FUNCTION sportello_ticket_text_ticket() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_text (ticket_id, body)
    VALUES (NEW.id, sportello_text_terms(NEW.subject || ' ' || COALESCE(NEW.description, '') || ' ' || NEW.fields));
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_text_ticket AFTER INSERT ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_text_ticket();

CREATE FUNCTION sportello_ticket_text_comment() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_text (ticket_id, body) VALUES (NEW.ticket_id, sportello_text_terms(NEW.body));
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_text_comment AFTER INSERT ON comments
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_text_comment();
