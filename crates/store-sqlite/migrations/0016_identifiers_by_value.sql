-- A ticket's identifiers kept in one b-tree ordered by (value, ticket_id,
-- key), instead of a rowid table with two indexes on the value. Request
-- and payment ids are random, so each one written lands on a leaf page of
-- its own in every b-tree ordered by value: two pages per identifier, a
-- third of what a new ticket wrote to the WAL. The order serves every read
-- by value as the old index did (newest ticket first for a pasted value,
-- and `key = 'client_id' AND value = ?` for a client's tickets); the small
-- index by ticket, which only grows at its end, serves reading a ticket's
-- identifiers and deleting them (a full scan before).
CREATE TABLE ticket_identifiers_by_value (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (value, ticket_id, key)
) WITHOUT ROWID;

INSERT INTO ticket_identifiers_by_value (ticket_id, key, value)
    SELECT ticket_id, key, value FROM ticket_identifiers INDEXED BY ticket_identifiers_value_ticket
    ORDER BY value, ticket_id, key;

DROP TABLE ticket_identifiers;
ALTER TABLE ticket_identifiers_by_value RENAME TO ticket_identifiers;
CREATE INDEX ticket_identifiers_ticket ON ticket_identifiers(ticket_id);
