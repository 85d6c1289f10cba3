//! The help center on PostgreSQL, telling the same story as SQLite's.
//! Search uses a `tsvector` column holding the stemmed, accent-folded terms
//! of published translations (`domain::search::index_text`), read with the
//! `simple` configuration so PostgreSQL stems nothing itself; queries are
//! built from terms made the same way, so it only has to match whole terms.

store_sql::help_center!();

/// Puts a translation into the search index, or takes it out. The terms
/// are made in Rust; `simple` only splits them on spaces.
async fn reindex(
    conn: &mut Conn,
    translation_id: i64,
    locale: Locale,
    title: &str,
    body_text: &str,
    published: bool,
) -> Result<()> {
    sqlx::query(
        "UPDATE hc_article_translations SET search = CASE WHEN $2 THEN \
         setweight(to_tsvector('simple', $3), 'A') || setweight(to_tsvector('simple', $4), 'D') \
         ELSE NULL END WHERE id = $1",
    )
    .bind(translation_id)
    .bind(published)
    .bind(domain::search::index_text(locale, title))
    .bind(domain::search::index_text(locale, body_text))
    .execute(&mut *conn)
    .await
    .map_err(db_err)?;
    Ok(())
}

/// A tsquery: every term quoted (so no term is read as syntax), every group
/// required through any of its terms; the last group's terms optionally as
/// prefixes.
fn text_query(groups: &[Vec<String>], prefix_last: bool) -> String {
    let last = groups.len().saturating_sub(1);
    groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let star = if prefix_last && i == last { ":*" } else { "" };
            let alts: Vec<String> = group
                .iter()
                .map(|t| format!("'{}'{star}", t.replace('\\', "\\\\").replace('\'', "''")))
                .collect();
            format!("({})", alts.join(" | "))
        })
        .collect::<Vec<_>>()
        .join(" & ")
}

/// Ranked hits, with ts_rank_cd (titles weigh A, bodies D: ten to one, as
/// SQLite's bm25(10, 1)); negated so that, as with bm25, lower is better.
/// Ties keep the order in which translations were written. The locale is
/// written into the statement (it is one of two fixed codes), not bound:
/// only then can the planner use that locale's partial GIN index
/// (migration 0006) in a generic plan.
fn search_sql(locale: Locale) -> String {
    format!(
        "SELECT t.article_id, a.section_id, t.title, t.body_text, t.updated_at, \
         -ts_rank_cd(t.search, q)::FLOAT8 AS rank \
         FROM hc_article_translations t, to_tsquery('simple', $1) q, hc_articles a \
         WHERE a.id = t.article_id AND t.locale = '{}' AND t.search @@ q \
         ORDER BY rank, t.id LIMIT $2",
        locale.as_str()
    )
}

/// The locale is one of two fixed codes, written into the statement that
/// `ts_stat` runs; unpublished translations have no tsvector.
fn terms_sql(locale: Locale) -> String {
    format!(
        "SELECT word FROM ts_stat('SELECT search FROM hc_article_translations \
         WHERE locale = ''{}'' AND search IS NOT NULL')",
        locale.as_str()
    )
}
