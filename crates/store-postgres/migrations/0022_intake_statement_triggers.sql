-- New tickets arrive in groups (`intake.rs`): one INSERT of many rows. Its
-- per-row triggers ran PL/pgSQL once per ticket each, and the product
-- trigger's EXCEPTION block opened a subtransaction per ticket. So:
--
-- * the product trigger goes, as SQLite's 0007 dropped it: every INSERT
--   into tickets writes the product column itself;
-- * the text index row and the count and error deltas of inserted tickets
--   are written once per statement, from its transition table, with the
--   deltas already summed per group (folding sums them anyway).
--
-- Deletions keep their per-row triggers (a statement-level trigger with a
-- transition table fires for one event only).

DROP TRIGGER tickets_product_on_insert ON tickets;
DROP FUNCTION sportello_tickets_before_insert();

DROP TRIGGER ticket_text_ticket ON tickets;
DROP FUNCTION sportello_ticket_text_ticket();
CREATE FUNCTION sportello_ticket_text_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_text (ticket_id, body)
    SELECT id, sportello_text_terms(subject || ' ' || COALESCE(description, '') || ' ' || fields)
    FROM inserted ORDER BY id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_text_inserted AFTER INSERT ON tickets
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION sportello_ticket_text_inserted();

DROP TRIGGER ticket_count_deltas_insert ON tickets;
CREATE TRIGGER ticket_count_deltas_delete AFTER DELETE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_count_deltas();
CREATE FUNCTION sportello_ticket_count_deltas_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_count_deltas (status, assignee_id, day, n)
    SELECT status, COALESCE(assignee_id, 0), created_at / 86400, COUNT(*)
    FROM inserted GROUP BY 1, 2, 3;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_count_deltas_inserted AFTER INSERT ON tickets
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION sportello_ticket_count_deltas_inserted();

DROP TRIGGER ticket_error_deltas_insert ON tickets;
CREATE TRIGGER ticket_error_deltas_delete AFTER DELETE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_error_deltas();
CREATE FUNCTION sportello_ticket_error_deltas_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_error_deltas (day, product, error_signature, n)
    SELECT created_at / 86400, product, error_signature, COUNT(*)
    FROM inserted
    WHERE product IS NOT NULL AND error_signature IS NOT NULL AND error_signature != ''
    GROUP BY 1, 2, 3;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_error_deltas_inserted AFTER INSERT ON tickets
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION sportello_ticket_error_deltas_inserted();
