//! The agent workspace's queries (`WorkspaceStore`). SLA clocks
//! (`first_replied_at`, `solved_at`), the product column and the full-text
//! index are kept by triggers (migration 0005), so every path that writes
//! tickets and comments keeps them right. What is SQLite's own here reads
//! the rollups of migration 0009 and the FTS5 index newest first.

store_sql::workspace!();

/// Newest first straight from the table's own order (value, ticket_id,
/// key): the first page reads about `limit` entries however many tickets
/// match.
async fn identified(store: &Store, value: &str, keys: &[&str], limit: i64) -> Result<Vec<i64>> {
    let mut q = QueryBuilder::<Db>::new(
        "SELECT ticket_id FROM ticket_identifiers NOT INDEXED WHERE value = ",
    );
    q.push_bind(value.to_owned()).push(" AND key IN (");
    let mut sep = q.separated(", ");
    for k in keys {
        sep.push_bind((*k).to_owned());
    }
    // One ticket may carry the value under several keys: enough entries
    // for `limit` distinct tickets.
    q.push(") ORDER BY ticket_id DESC LIMIT ")
        .push_bind(limit * keys.len() as i64);
    let found: Vec<i64> = q
        .build_query_scalar()
        .fetch_all(store.reads())
        .await
        .map_err(db_err)?;
    let mut ids: Vec<i64> = Vec::with_capacity(found.len());
    for id in found {
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }
    ids.truncate(limit as usize);
    Ok(ids)
}

/// Quotes each word for FTS5, so no input is query syntax: as a whole word
/// (`"timeout"`), or as a prefix (`"timeout"*`). Whole words are searched
/// first because FTS5 reads a word's list lazily from its end, while it
/// answers a prefix by first merging the lists of every word that starts
/// with it: at a million tickets the first costs about a page, the second
/// the whole merge.
fn text_query(text: &str, prefix: bool) -> Option<String> {
    let star = if prefix { "*" } else { "" };
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.replace('"', ""))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"{star}"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The text index's rowid is `ticket_id * 2^24 + n` (migration 0009).
const TEXT_ROWID_SHIFT: u32 = 24;

/// Up to `limit` distinct tickets matching an FTS5 query, newest first,
/// leaving out `skip`. Matches are walked by rowid descending (tickets
/// newest first: a ticket's rows are adjacent, its text then its
/// comments), a chunk at a time, until the page is full.
async fn newest_text_matches(
    store: &Store,
    fts: &str,
    limit: i64,
    skip: &[i64],
) -> Result<Vec<i64>> {
    let chunk = ((limit + skip.len() as i64) * 2).max(64);
    let mut ids: Vec<i64> = Vec::new();
    let mut last_seen = None;
    let mut below = i64::MAX;
    loop {
        let rowids: Vec<i64> = sqlx::query_scalar(
            "SELECT rowid FROM ticket_text WHERE ticket_text MATCH ? AND rowid < ? \
             ORDER BY rowid DESC LIMIT ?",
        )
        .bind(fts)
        .bind(below)
        .bind(chunk)
        .fetch_all(store.reads())
        .await
        .map_err(db_err)?;
        for r in &rowids {
            let id = r >> TEXT_ROWID_SHIFT;
            if last_seen != Some(id) {
                last_seen = Some(id);
                if !skip.contains(&id) {
                    ids.push(id);
                }
            }
        }
        match rowids.last() {
            Some(last) if rowids.len() as i64 == chunk && (ids.len() as i64) < limit => {
                below = *last;
            }
            _ => break,
        }
    }
    ids.truncate(limit as usize);
    Ok(ids)
}
