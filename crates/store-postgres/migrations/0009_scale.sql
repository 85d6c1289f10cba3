-- A million tickets (issue 13); SQLite's 0009 under the same number.
--
-- The indexes both backends share: pasting a value reads its matches newest
-- first from (value, ticket_id, key), and the dashboard's and the incidents'
-- time windows read one index ordered by creation that carries what they
-- aggregate (an index-only scan once the visibility map is set).
--
-- Not here, on purpose: SQLite's trigger-kept counters (`ticket_counts`,
-- `ticket_open_days`). With one writer they cost nothing; here every new
-- ticket would update the same counter row, and concurrent intake
-- transactions would queue on that row's lock until each commits.
CREATE INDEX ticket_identifiers_value_ticket ON ticket_identifiers(value, ticket_id, key);
DROP INDEX ticket_identifiers_value;
CREATE INDEX tickets_created_cover ON tickets(created_at)
    INCLUDE (status, product, error_signature, first_replied_at, first_reply_due_at,
             resolution_due_at, solved_at);
DROP INDEX tickets_created;
