-- Nothing to change on SQLite: PostgreSQL's 0008 speeds up its accent
-- folding function; FTS5 folds accents itself.
SELECT 1;
