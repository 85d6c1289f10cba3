-- Help center: categories → sections → articles, each translated per locale
-- under one id. Times are unix seconds (UTC) in BIGINT, as on SQLite.

CREATE TABLE hc_categories (
    id BIGSERIAL PRIMARY KEY,
    position BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE hc_category_translations (
    category_id BIGINT NOT NULL REFERENCES hc_categories(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (category_id, locale)
);

CREATE TABLE hc_sections (
    id BIGSERIAL PRIMARY KEY,
    category_id BIGINT NOT NULL REFERENCES hc_categories(id),
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX hc_sections_category ON hc_sections(category_id, position);

CREATE TABLE hc_section_translations (
    section_id BIGINT NOT NULL REFERENCES hc_sections(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (section_id, locale)
);

CREATE TABLE hc_articles (
    id BIGSERIAL PRIMARY KEY,
    section_id BIGINT NOT NULL REFERENCES hc_sections(id),
    position BIGINT NOT NULL DEFAULT 0,
    comments_closed BOOLEAN NOT NULL DEFAULT FALSE,
    author_id BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX hc_articles_section ON hc_articles(section_id, position, id);

-- body_md is the source; body_html its sanitized rendering and body_text its
-- plain text (for snippets), both made by the web layer when saving.
--
-- search holds the published translation's terms, already folded,
-- stop-worded and stemmed in Rust (domain::search::index_text), read with
-- the `simple` configuration so PostgreSQL adds no stemming of its own:
-- title terms weigh A, body terms D (ts_rank_cd's default weights make a
-- title match count ten times a body match, as SQLite's bm25(10, 1)).
-- NULL while the translation is a draft: drafts are not searchable.
CREATE TABLE hc_article_translations (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_text TEXT NOT NULL,
    published BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at BIGINT NOT NULL,
    search TSVECTOR,
    UNIQUE (article_id, locale)
);
CREATE INDEX hc_article_translations_search ON hc_article_translations USING GIN (search);

-- One vote per voter (a user, or an anonymous browser) and article.
CREATE TABLE hc_votes (
    article_id BIGINT NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    voter TEXT NOT NULL,
    helpful BOOLEAN NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (article_id, voter)
);

CREATE TABLE hc_comments (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id),
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    hidden BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX hc_comments_article ON hc_comments(article_id, id);

-- Articles suggested while a request is being written, and whether the
-- suggestion was opened. No query text is kept.
CREATE TABLE hc_deflections (
    id BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES hc_articles(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    event TEXT NOT NULL CHECK (event IN ('shown', 'opened')),
    at BIGINT NOT NULL
);
CREATE INDEX hc_deflections_article ON hc_deflections(article_id, event);
