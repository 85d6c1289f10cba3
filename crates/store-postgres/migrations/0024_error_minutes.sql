-- Possible incidents: tickets per minute of creation, product and error
-- signature, as SQLite's migration 0024 keeps them, appended as changes to
-- `ticket_error_minute_deltas` and folded by `counts.rs` (migration 0020's
-- way: an incident's burst would otherwise queue on one row's lock).
CREATE TABLE ticket_error_minutes (
    minute BIGINT NOT NULL,
    product TEXT COLLATE "C" NOT NULL,
    error_signature TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (minute, product, error_signature)
);

CREATE TABLE ticket_error_minute_deltas (
    minute BIGINT NOT NULL,
    product TEXT COLLATE "C" NOT NULL,
    error_signature TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL
);

INSERT INTO ticket_error_minutes (minute, product, error_signature, n)
    SELECT created_at / 60, product, error_signature, COUNT(*) FROM tickets
    WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != ''
    GROUP BY 1, 2, 3;

CREATE FUNCTION sportello_ticket_error_minute_deltas() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.product IS NOT NULL
       AND OLD.error_signature IS NOT NULL AND OLD.error_signature != '' THEN
        INSERT INTO ticket_error_minute_deltas (minute, product, error_signature, n)
        VALUES (OLD.created_at / 60, OLD.product, OLD.error_signature, -1);
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.product IS NOT NULL
       AND NEW.error_signature IS NOT NULL AND NEW.error_signature != '' THEN
        INSERT INTO ticket_error_minute_deltas (minute, product, error_signature, n)
        VALUES (NEW.created_at / 60, NEW.product, NEW.error_signature, 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_error_minute_deltas_delete AFTER DELETE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_error_minute_deltas();
CREATE TRIGGER ticket_error_minute_deltas_update AFTER UPDATE OF created_at, product, error_signature ON tickets
FOR EACH ROW
WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.product IS DISTINCT FROM NEW.product
      OR OLD.error_signature IS DISTINCT FROM NEW.error_signature)
EXECUTE FUNCTION sportello_ticket_error_minute_deltas();

CREATE FUNCTION sportello_ticket_error_minute_deltas_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_error_minute_deltas (minute, product, error_signature, n)
    SELECT created_at / 60, product, error_signature, COUNT(*)
    FROM inserted
    WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != ''
    GROUP BY 1, 2, 3;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_error_minute_deltas_inserted AFTER INSERT ON tickets
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION sportello_ticket_error_minute_deltas_inserted();
