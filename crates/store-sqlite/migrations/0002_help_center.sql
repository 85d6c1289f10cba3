-- Help center: categories → sections → articles, each translated per locale
-- under one id. Times are unix seconds (UTC).

CREATE TABLE hc_categories (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hc_category_translations (
    category_id INTEGER NOT NULL REFERENCES hc_categories(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (category_id, locale)
);

CREATE TABLE hc_sections (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES hc_categories(id),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX hc_sections_category ON hc_sections(category_id, position);

CREATE TABLE hc_section_translations (
    section_id INTEGER NOT NULL REFERENCES hc_sections(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (section_id, locale)
);

CREATE TABLE hc_articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    section_id INTEGER NOT NULL REFERENCES hc_sections(id),
    position INTEGER NOT NULL DEFAULT 0,
    comments_closed INTEGER NOT NULL DEFAULT 0,
    author_id INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX hc_articles_section ON hc_articles(section_id, position, id);

-- body_md is the source; body_html its sanitized rendering and body_text its
-- plain text (for snippets), both made by the web layer when saving.
CREATE TABLE hc_article_translations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_text TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    UNIQUE (article_id, locale)
);

-- Published translations only, as stemmed, accent-folded terms (made in
-- Rust, see domain::search). rowid = hc_article_translations.id.
-- locale is indexed so a query can be limited to it inside FTS5
-- (`locale : en AND ...`) and ranked there; it weighs nothing in bm25.
CREATE VIRTUAL TABLE hc_search USING fts5(
    title,
    body,
    locale,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Title matches weigh ten times body matches.
INSERT INTO hc_search (hc_search, rank) VALUES ('rank', 'bm25(10.0, 1.0, 0.0)');

-- One vote per voter (a user, or an anonymous browser) and article.
CREATE TABLE hc_votes (
    article_id INTEGER NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    voter TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (article_id, voter)
);

CREATE TABLE hc_comments (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX hc_comments_article ON hc_comments(article_id, id);

-- Articles suggested while a request is being written, and whether the
-- suggestion was opened. No query text is kept.
CREATE TABLE hc_deflections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    event TEXT NOT NULL CHECK (event IN ('shown', 'opened')),
    at INTEGER NOT NULL
);
CREATE INDEX hc_deflections_article ON hc_deflections(article_id, event);
