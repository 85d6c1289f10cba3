-- The planner's guess for "unassigned and still being worked on" treated
-- the two columns as independent: a few hundred rows where there were
-- thousands, so it collected every match and sorted them (14 ms at
-- 100,000 tickets) instead of walking the newest tickets until a page was
-- full (0.1 ms). Statistics over the pair tell it how they go together;
-- they take effect at the next ANALYZE (autovacuum runs one).
CREATE STATISTICS tickets_assignee_status_mcv (mcv, dependencies) ON assignee_id, status FROM tickets;
