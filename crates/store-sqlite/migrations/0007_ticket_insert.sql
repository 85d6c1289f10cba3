-- A new ticket's product is now written by its INSERT (with its SLA due times
-- and breach time), so the insert no longer updates the row it just wrote
-- and re-indexes it.
DROP TRIGGER tickets_product_on_insert;

-- A new ticket's text is indexed by the intake, once for a whole group of
-- tickets: FTS5 writes its pending terms to disk at every statement that
-- follows, so a per-row trigger cost one index segment per ticket.
DROP TRIGGER ticket_text_ticket;
