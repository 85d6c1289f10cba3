-- The view counts and the dashboard's backlog kept on write (issue 13),
-- as SQLite's migration 0009 keeps them, without its one hot row.
--
-- SQLite updates `ticket_counts` in the ticket's own transaction: it has
-- one writer. Here concurrent intake transactions would all wait on the
-- lock of the same counter row until each commits. So a change to a
-- ticket's status or assignee only appends a row to
-- `ticket_count_deltas` (no row is updated, so nothing waits), and the
-- store folds the deltas into `ticket_counts` and `ticket_open_days` every
-- second (`counts.rs`). Readers add the two: a count is exact at any time.

CREATE TABLE ticket_counts (
    status TEXT NOT NULL,
    assignee_id BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (status, assignee_id)
);

-- Unsolved tickets per day of creation (unix day).
CREATE TABLE ticket_open_days (
    day BIGINT PRIMARY KEY,
    n BIGINT NOT NULL
);

-- +1 for where a ticket now is, -1 for where it was (0 = unassigned).
CREATE TABLE ticket_count_deltas (
    status TEXT NOT NULL,
    assignee_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    n BIGINT NOT NULL
);

INSERT INTO ticket_counts (status, assignee_id, n)
    SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM tickets GROUP BY 1, 2;
INSERT INTO ticket_open_days (day, n)
    SELECT created_at / 86400, COUNT(*) FROM tickets
    WHERE status NOT IN ('solved', 'closed') GROUP BY 1;

CREATE FUNCTION sportello_ticket_count_deltas() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO ticket_count_deltas (status, assignee_id, day, n)
        VALUES (OLD.status, COALESCE(OLD.assignee_id, 0), OLD.created_at / 86400, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO ticket_count_deltas (status, assignee_id, day, n)
        VALUES (NEW.status, COALESCE(NEW.assignee_id, 0), NEW.created_at / 86400, 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_count_deltas_insert AFTER INSERT OR DELETE ON tickets
FOR EACH ROW EXECUTE FUNCTION sportello_ticket_count_deltas();
CREATE TRIGGER ticket_count_deltas_update AFTER UPDATE OF status, assignee_id ON tickets
FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id)
EXECUTE FUNCTION sportello_ticket_count_deltas();
