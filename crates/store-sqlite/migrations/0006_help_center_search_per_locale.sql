-- Help-center search: one FTS5 table per locale instead of one table with
-- a locale column. A query used to intersect its terms with the posting
-- list of `locale : "en"` (half of all translations) and bm25 iterated that
-- phrase's instances for every candidate row; now it only reads its own
-- locale's posting lists, and bm25's document counts are per locale too.
-- rowid = hc_article_translations.id, as before; published translations
-- only, as stemmed, accent-folded terms made in Rust (domain::search).

CREATE VIRTUAL TABLE hc_search_en USING fts5(
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE hc_search_it USING fts5(
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Title matches weigh ten times body matches.
INSERT INTO hc_search_en (hc_search_en, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
INSERT INTO hc_search_it (hc_search_it, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

INSERT INTO hc_search_en (rowid, title, body)
    SELECT rowid, title, body FROM hc_search WHERE locale = 'en';
INSERT INTO hc_search_it (rowid, title, body)
    SELECT rowid, title, body FROM hc_search WHERE locale = 'it';
DROP TABLE hc_search;

-- A translation that goes away (deleted with its article, by cascade)
-- leaves search in the same statement.
CREATE TRIGGER hc_article_translations_unindex
AFTER DELETE ON hc_article_translations
BEGIN
    DELETE FROM hc_search_en WHERE rowid = OLD.id;
    DELETE FROM hc_search_it WHERE rowid = OLD.id;
END;
