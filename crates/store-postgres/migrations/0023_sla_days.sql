-- The dashboard's whole days, kept on write as SQLite's migration 0023
-- keeps them: tickets per day of creation and product, by the hour of
-- their first reply (-1 while none, 24 for a day or more) and by whether a
-- target was already missed for good. As in migrations 0018 and 0020, a
-- write only appends its change to `ticket_sla_deltas`, which `counts.rs`
-- folds once a second; inserted groups append one row per key and
-- statement (migration 0022's way).
CREATE TABLE ticket_sla_days (
    day BIGINT NOT NULL,
    product TEXT COLLATE "C" NOT NULL,
    replied_hour BIGINT NOT NULL,
    breached BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, product, replied_hour, breached)
);

CREATE TABLE ticket_sla_deltas (
    day BIGINT NOT NULL,
    product TEXT COLLATE "C" NOT NULL,
    replied_hour BIGINT NOT NULL,
    breached BIGINT NOT NULL,
    n BIGINT NOT NULL
);

-- A ticket's key columns: the hour of its first reply and whether a
-- target was missed for good (a first reply, or a solve, after its due
-- time; solving also ends the wait for a first reply).
CREATE FUNCTION sportello_replied_hour(created BIGINT, replied BIGINT) RETURNS BIGINT
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN replied IS NULL THEN -1
                WHEN replied - created < 0 THEN 0
                WHEN replied - created >= 86400 THEN 24
                ELSE (replied - created) / 3600 END
$$;
CREATE FUNCTION sportello_missed(replied BIGINT, solved BIGINT, reply_due BIGINT, resolution_due BIGINT)
RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN (reply_due IS NOT NULL AND COALESCE(replied, solved) > reply_due)
                  OR (resolution_due IS NOT NULL AND solved > resolution_due) THEN 1 ELSE 0 END
$$;

INSERT INTO ticket_sla_days (day, product, replied_hour, breached, n)
    SELECT created_at / 86400, COALESCE(product, 'other'),
        sportello_replied_hour(created_at, first_replied_at),
        sportello_missed(first_replied_at, solved_at, first_reply_due_at, resolution_due_at),
        COUNT(*)
    FROM tickets GROUP BY 1, 2, 3, 4;

CREATE FUNCTION sportello_ticket_sla_deltas() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO ticket_sla_deltas (day, product, replied_hour, breached, n)
        VALUES (OLD.created_at / 86400, COALESCE(OLD.product, 'other'),
            sportello_replied_hour(OLD.created_at, OLD.first_replied_at),
            sportello_missed(OLD.first_replied_at, OLD.solved_at, OLD.first_reply_due_at, OLD.resolution_due_at),
            -1);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO ticket_sla_deltas (day, product, replied_hour, breached, n)
        VALUES (NEW.created_at / 86400, COALESCE(NEW.product, 'other'),
            sportello_replied_hour(NEW.created_at, NEW.first_replied_at),
            sportello_missed(NEW.first_replied_at, NEW.solved_at, NEW.first_reply_due_at, NEW.resolution_due_at),
            1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_sla_deltas_delete AFTER DELETE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_sla_deltas();
CREATE TRIGGER ticket_sla_deltas_update
AFTER UPDATE OF created_at, product, first_replied_at, solved_at, first_reply_due_at, resolution_due_at ON tickets
FOR EACH ROW
WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.product IS DISTINCT FROM NEW.product
      OR OLD.first_replied_at IS DISTINCT FROM NEW.first_replied_at
      OR OLD.solved_at IS DISTINCT FROM NEW.solved_at
      OR OLD.first_reply_due_at IS DISTINCT FROM NEW.first_reply_due_at
      OR OLD.resolution_due_at IS DISTINCT FROM NEW.resolution_due_at)
EXECUTE FUNCTION sportello_ticket_sla_deltas();

CREATE FUNCTION sportello_ticket_sla_deltas_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_sla_deltas (day, product, replied_hour, breached, n)
    SELECT created_at / 86400, COALESCE(product, 'other'),
        sportello_replied_hour(created_at, first_replied_at),
        sportello_missed(first_replied_at, solved_at, first_reply_due_at, resolution_due_at),
        COUNT(*)
    FROM inserted GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_sla_deltas_inserted AFTER INSERT ON tickets
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION sportello_ticket_sla_deltas_inserted();

-- The dashboard counts the open tickets past a due time by their day of
-- creation, leaving out those that already missed a first reply: with
-- those columns in the breach index, an index-only scan. The ticket id
-- second, so the breaching view reads its pages in order.
DROP INDEX tickets_breach;
CREATE INDEX tickets_breach ON tickets(sla_breach_at, id)
INCLUDE (created_at, first_replied_at, first_reply_due_at) WHERE sla_breach_at IS NOT NULL;
