-- The dashboard's top errors over its window: whole days come from this
-- rollup, kept by triggers on every write to a ticket's creation day,
-- product or error signature; only the one partial day at the window's
-- start is read from `tickets_created_cover`. Before, the window's tens of
-- thousands of index entries were grouped and sorted by their text
-- signatures on every dashboard (23 ms at a million tickets).
CREATE TABLE ticket_error_days (
    day INTEGER NOT NULL,
    product TEXT NOT NULL,
    error_signature TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, product, error_signature)
) WITHOUT ROWID;

INSERT INTO ticket_error_days (day, product, error_signature, n)
    SELECT created_at / 86400, product, error_signature, COUNT(*) FROM tickets
    WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != ''
    GROUP BY 1, 2, 3;

CREATE TRIGGER ticket_error_days_insert AFTER INSERT ON tickets
WHEN NEW.product IS NOT NULL AND NEW.error_signature IS NOT NULL AND NEW.error_signature != ''
BEGIN
    INSERT INTO ticket_error_days (day, product, error_signature, n)
    VALUES (NEW.created_at / 86400, NEW.product, NEW.error_signature, 1)
    ON CONFLICT (day, product, error_signature) DO UPDATE SET n = n + 1;
END;

-- A corrected product or signature moves the ticket from its old row to
-- its new one (the two triggers commute: -1 there, +1 here).
CREATE TRIGGER ticket_error_days_left AFTER UPDATE OF created_at, product, error_signature ON tickets
WHEN OLD.product IS NOT NULL AND OLD.error_signature IS NOT NULL AND OLD.error_signature != ''
BEGIN
    UPDATE ticket_error_days SET n = n - 1
    WHERE day = OLD.created_at / 86400 AND product = OLD.product
      AND error_signature = OLD.error_signature;
END;

CREATE TRIGGER ticket_error_days_entered AFTER UPDATE OF created_at, product, error_signature ON tickets
WHEN NEW.product IS NOT NULL AND NEW.error_signature IS NOT NULL AND NEW.error_signature != ''
BEGIN
    INSERT INTO ticket_error_days (day, product, error_signature, n)
    VALUES (NEW.created_at / 86400, NEW.product, NEW.error_signature, 1)
    ON CONFLICT (day, product, error_signature) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER ticket_error_days_delete AFTER DELETE ON tickets
WHEN OLD.product IS NOT NULL AND OLD.error_signature IS NOT NULL AND OLD.error_signature != ''
BEGIN
    UPDATE ticket_error_days SET n = n - 1
    WHERE day = OLD.created_at / 86400 AND product = OLD.product
      AND error_signature = OLD.error_signature;
END;
