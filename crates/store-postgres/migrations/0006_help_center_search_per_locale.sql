-- Help-center search split by locale, as SQLite's 0006 splits its FTS5
-- table: one partial GIN index per locale instead of one over every
-- translation, so a search only walks its own locale's posting lists
-- (the query names the locale as a literal so the planner can pick the
-- index). Deleting a translation, or its article by cascade, takes its
-- tsvector with it: nothing else to keep in step here.

CREATE INDEX hc_article_translations_search_en ON hc_article_translations
    USING GIN (search) WHERE locale = 'en';
CREATE INDEX hc_article_translations_search_it ON hc_article_translations
    USING GIN (search) WHERE locale = 'it';
DROP INDEX hc_article_translations_search;
