//! The agent workspace's queries (`WorkspaceStore`), as on SQLite. SLA
//! clocks (`first_replied_at`, `solved_at`, `sla_breach_at`), the product
//! column and the full-text index are kept by PL/pgSQL triggers (migration
//! 0005), so every path that writes tickets and comments keeps them right.
//! The full-text index is a `tsvector` per ticket text and per comment
//! (`simple` configuration, GIN index), queried with every word as a
//! prefix, as SQLite's FTS5 index is.

store_sql::workspace!();

/// Newest first straight from (value, ticket_id, key) (migration 0009): the
/// first page reads about `limit` index entries however many tickets carry
/// the value.
async fn identified(store: &Store, value: &str, keys: &[&str], limit: i64) -> Result<Vec<i64>> {
    let mut q =
        QueryBuilder::<Db>::new("SELECT DISTINCT ticket_id FROM ticket_identifiers WHERE value = ");
    q.push_bind(value.to_owned()).push(" AND key IN (");
    let mut sep = q.separated(", ");
    for k in keys {
        sep.push_bind((*k).to_owned());
    }
    q.push(") ORDER BY ticket_id DESC LIMIT ").push_bind(limit);
    q.build_query_scalar()
        .fetch_all(store.reads())
        .await
        .map_err(db_err)
}

/// Splits text into index terms as the index does (`sportello_text_terms`
/// in migration 0005): ASCII characters other than letters and digits
/// separate words, as FTS5's unicode61 tokenizer does.
fn terms(word: &str) -> Vec<String> {
    word.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A tsquery with each word as a prefix phrase (its terms in a row, the
/// last one a prefix), all words required: FTS5's `"word"*` for each word.
/// Terms are quoted, so no input is query syntax. A word with no terms is
/// left out, as FTS5 leaves out an empty phrase; with no terms at all the
/// search finds nothing. Accents are removed in
/// SQL (`sportello_fold`), as in the index.
fn text_query(text: &str, prefix: bool) -> Option<String> {
    let star = if prefix { ":*" } else { "" };
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let terms = terms(word);
        if terms.is_empty() {
            continue;
        }
        let quoted: Vec<String> = terms
            .iter()
            .map(|t| format!("'{}'", t.replace('\\', "\\\\").replace('\'', "''")))
            .collect();
        words.push(format!("({}{star})", quoted.join(" <-> ")));
    }
    (!words.is_empty()).then(|| words.join(" & "))
}

/// Up to `limit` distinct tickets whose text matches `tsq`, newest first,
/// leaving out `skip`: the text rows alone, not joined to their tickets.
/// A common word is found walking `ticket_text_ticket` backwards, whose
/// rows lie in the order tickets were filed (a ticket's text, then its
/// comments), so the walk reads neighbouring pages and stops at the
/// page's last match; a rare one from the GIN index, matches sorted. The
/// planner picks by the word's frequency in the column's statistics.
/// Joined to `tickets` instead, every ticket on the way was probed once
/// for its row and once for each text row, far apart (29 ms at p99 for
/// a common word over a million tickets, session 14).
async fn newest_text_matches(
    store: &Store,
    tsq: &str,
    limit: i64,
    skip: &[i64],
) -> Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT ticket_id FROM ticket_text \
         WHERE body @@ to_tsquery('simple', sportello_fold($1)) AND ticket_id <> ALL($3) \
         GROUP BY ticket_id ORDER BY ticket_id DESC LIMIT $2",
    )
    .bind(tsq)
    .bind(limit)
    .bind(skip.to_vec())
    .fetch_all(store.reads())
    .await
    .map_err(db_err)
}
