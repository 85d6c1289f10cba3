-- Identifiers were kept in two indexes ordered by value: the primary key
-- (key, value, ticket_id) and (value, ticket_id, key), which pasting a
-- value reads. They hold the same triples, so one unique index serves
-- both, as SQLite's 0016 keys its table. A million tickets in, a new
-- identifier lands on a random leaf of each value-ordered index and that
-- leaf is seldom cached: intake read about two pages from disk per
-- identifier (BENCHMARKS.md, "Session 20"). Now it reads one.
CREATE UNIQUE INDEX ticket_identifiers_by_value ON ticket_identifiers(value, ticket_id, key);
ALTER TABLE ticket_identifiers DROP CONSTRAINT ticket_identifiers_pkey;
ALTER TABLE ticket_identifiers ADD CONSTRAINT ticket_identifiers_pkey
    PRIMARY KEY USING INDEX ticket_identifiers_by_value;
DROP INDEX ticket_identifiers_value_ticket;
