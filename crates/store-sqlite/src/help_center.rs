//! The help center in SQLite. Search uses an FTS5 table holding the
//! stemmed, accent-folded terms of published translations
//! (`domain::search::index_text`); queries are built from terms made the
//! same way, so FTS5 only has to match whole terms.

store_sql::help_center!();

/// The FTS5 table holding one locale's published translations (migration
/// 0006: one table per locale, so a query only walks its own locale's
/// posting lists and bm25 counts its own locale's documents).
fn search_table(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "hc_search_en",
        Locale::It => "hc_search_it",
    }
}

/// Puts a translation into the search index, or takes it out.
async fn reindex(
    conn: &mut Conn,
    translation_id: i64,
    locale: Locale,
    title: &str,
    body_text: &str,
    published: bool,
) -> Result<()> {
    let table = search_table(locale);
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM {table} WHERE rowid = ?"
    )))
    .bind(translation_id)
    .execute(&mut *conn)
    .await
    .map_err(db_err)?;
    if published {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (rowid, title, body) VALUES (?, ?, ?)"
        )))
        .bind(translation_id)
        .bind(domain::search::index_text(locale, title))
        .bind(domain::search::index_text(locale, body_text))
        .execute(&mut *conn)
        .await
        .map_err(db_err)?;
    }
    Ok(())
}

/// Ranked hits, cut inside FTS5 first (rank = bm25 with the weights set in
/// migration 0006), in the locale's own table; only the few winners are
/// joined.
fn search_sql(locale: Locale) -> String {
    let table = search_table(locale);
    format!(
        "SELECT t.article_id, a.section_id, t.title, t.body_text, t.updated_at, m.rank \
         FROM (SELECT rowid, rank FROM {table} WHERE {table} MATCH ? \
               ORDER BY rank LIMIT ?) m \
         JOIN hc_article_translations t ON t.id = m.rowid \
         JOIN hc_articles a ON a.id = t.article_id \
         ORDER BY m.rank"
    )
}

/// The fts5vocab table over the locale's index (migration 0013).
fn terms_sql(locale: Locale) -> String {
    format!("SELECT term FROM {}_terms", search_table(locale))
}

/// An FTS5 query: every term quoted (so no term is read as syntax), every
/// group required through any of its terms; the last group's terms
/// optionally as prefixes.
fn text_query(groups: &[Vec<String>], prefix_last: bool) -> String {
    let last = groups.len().saturating_sub(1);
    groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let star = if prefix_last && i == last { "*" } else { "" };
            let alts: Vec<String> = group
                .iter()
                .map(|t| format!("\"{}\"{star}", t.replace('"', "\"\"")))
                .collect();
            format!("({})", alts.join(" OR "))
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}
