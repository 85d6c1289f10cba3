-- The dashboard's top errors over its window, kept on write as SQLite's
-- migration 0015 keeps them: whole days from `ticket_error_days`, the one
-- partial day at the window's start from `tickets_created_cover`. As in
-- migration 0018, a write only appends its change (+1 where the ticket now
-- counts, -1 where it counted) to `ticket_error_deltas`, which `counts.rs`
-- folds once a second: an incident's burst of tickets with one signature
-- would otherwise queue on one row's lock. Before, the window's tens of
-- thousands of tickets were grouped by signature on every dashboard
-- (24 ms at a million tickets).
CREATE TABLE ticket_error_days (
    day BIGINT NOT NULL,
    product TEXT COLLATE "C" NOT NULL,
    error_signature TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, product, error_signature)
);

CREATE TABLE ticket_error_deltas (
    day BIGINT NOT NULL,
    product TEXT COLLATE "C" NOT NULL,
    error_signature TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL
);

INSERT INTO ticket_error_days (day, product, error_signature, n)
    SELECT created_at / 86400, product, error_signature, COUNT(*) FROM tickets
    WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != ''
    GROUP BY 1, 2, 3;

CREATE FUNCTION sportello_ticket_error_deltas() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.product IS NOT NULL
       AND OLD.error_signature IS NOT NULL AND OLD.error_signature != '' THEN
        INSERT INTO ticket_error_deltas (day, product, error_signature, n)
        VALUES (OLD.created_at / 86400, OLD.product, OLD.error_signature, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.product IS NOT NULL
       AND NEW.error_signature IS NOT NULL AND NEW.error_signature != '' THEN
        INSERT INTO ticket_error_deltas (day, product, error_signature, n)
        VALUES (NEW.created_at / 86400, NEW.product, NEW.error_signature, 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_error_deltas_insert AFTER INSERT OR DELETE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_error_deltas();
CREATE TRIGGER ticket_error_deltas_update AFTER UPDATE OF created_at, product, error_signature ON tickets
FOR EACH ROW
WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.product IS DISTINCT FROM NEW.product
      OR OLD.error_signature IS DISTINCT FROM NEW.error_signature)
EXECUTE FUNCTION sportello_ticket_error_deltas();
