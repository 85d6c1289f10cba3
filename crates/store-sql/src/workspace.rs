/// `WorkspaceStore`: views, SLA, clustering, problems, tags, macros, unread
/// replies and the dashboard. Expanded in each backend's `workspace`
/// module, which provides what its indexes make different:
/// `identified` (ticket ids carrying an identifier, newest first),
/// `text_query` (a search's words as the text index's query, whole or as
/// prefixes) and `newest_text_matches` (ticket ids whose text matches,
/// newest first), with `ids_param` (a list of ids as `IN_IDS` binds it).
/// Both keep view counts, and open tickets, errors and SLA outcomes per
/// day, on write; the dialect's `KEPT_COUNTS`, `KEPT_OPEN_DAYS`,
/// `KEPT_ERROR_DAYS` and `KEPT_SLA_DAYS` say where they are read from.
#[macro_export]
macro_rules! workspace {
    () => {
        use crate::dialect::{
            CREATED_COVER, FOR_UPDATE, GROUP_CONCAT, IN_IDS, KEPT_COUNTS, KEPT_ERROR_DAYS, KEPT_OPEN_DAYS,
            KEPT_SLA_DAYS, KEPT_ERROR_MINUTES,
            ids_param,
        };
        use crate::rows::{self, TICKET_SELECT, opt_ts, parse, ts};
        use crate::store_impl::{audit, lock_ticket};
        use crate::{Db, Row, Store, db_err};
        use $crate::async_trait::async_trait;
        use $crate::serde_json;
        use guard::Screened;
        use sqlx::Row as _;
        use sqlx::{AssertSqlSafe, QueryBuilder};
        use store::*;
        use time::OffsetDateTime;

        /// How many of a requester's most recently answered tickets the
        /// unread-replies badge looks at, from each of their own and their
        /// organization's.
        const ANSWERED: i64 = 500;

        fn view_select() -> String {
            let meta_columns = format!(
                ", t.product, t.first_replied_at, t.solved_at, t.first_reply_due_at, \
                 t.resolution_due_at, t.sla_breach_at, t.error_signature, t.problem_id, \
                 (SELECT {GROUP_CONCAT}(tag, ',') FROM ticket_tags g WHERE g.ticket_id = t.id) AS tags, \
                 (SELECT COUNT(*) FROM tickets p WHERE p.problem_id = t.id) AS linked_count"
            );
            TICKET_SELECT.replacen(" FROM tickets t", &format!("{meta_columns} FROM tickets t"), 1)
        }

        fn meta(row: &Row) -> Result<TicketMeta> {
            let mut tags: Vec<String> = row
                .try_get::<Option<String>, _>("tags")
                .map_err(db_err)?
                .map(|s| s.split(',').map(str::to_owned).collect())
                .unwrap_or_default();
            tags.sort();
            Ok(TicketMeta {
                product: row.try_get("product").map_err(db_err)?,
                first_replied_at: opt_ts(row, "first_replied_at")?,
                solved_at: opt_ts(row, "solved_at")?,
                first_reply_due_at: opt_ts(row, "first_reply_due_at")?,
                resolution_due_at: opt_ts(row, "resolution_due_at")?,
                sla_breach_at: opt_ts(row, "sla_breach_at")?,
                error_signature: row.try_get("error_signature").map_err(db_err)?,
                problem_id: row.try_get("problem_id").map_err(db_err)?,
                linked_count: row.try_get("linked_count").map_err(db_err)?,
                tags,
            })
        }

        fn view_row(row: &Row) -> Result<ViewRow> {
            Ok(ViewRow {
                ticket: rows::ticket(row)?,
                meta: meta(row)?,
            })
        }

        const DUE_EXPR: &str = "COALESCE(t.resolution_due_at, 9223372036854775807)";

        /// The breach sort's key. In the breaching view every row has one,
        /// and the bare column lets the breach index (ending in the
        /// ticket id) hand over a page in order; elsewhere tickets without
        /// a running target go last.
        fn breach_expr(f: &ViewQuery) -> &'static str {
            if f.breaching_at.is_some() {
                "t.sla_breach_at"
            } else {
                "COALESCE(t.sla_breach_at, 9223372036854775807)"
            }
        }

        /// A view filtered by a client id is read from that client's
        /// identifiers, newest first, joined to their tickets: the b-tree
        /// ordered by value then ticket hands over the first page and the
        /// capped count without collecting every ticket of a busy client
        /// (18 ms for 92,000 tickets at a million, against 0.1 ms).
        const CLIENT_FROM: &str = " FROM ticket_identifiers ci JOIN tickets t ON t.id = ci.ticket_id";

        /// The column a view is ordered and paged by when its sort is the
        /// ticket number: the identifiers' copy of it when they lead.
        fn id_column(f: &ViewQuery) -> &'static str {
            if f.client_id.is_some() { "ci.ticket_id" } else { "t.id" }
        }

        /// `select` (which reads `FROM tickets t`) as the view `f` reads it.
        fn view_from(select: &str, f: &ViewQuery) -> String {
            if f.client_id.is_some() {
                select.replacen(" FROM tickets t", CLIENT_FROM, 1)
            } else {
                select.to_owned()
            }
        }

        fn push_view_filter(q: &mut QueryBuilder<Db>, f: &ViewQuery) {
            q.push(" WHERE 1=1");
            crate::store_impl::push_status_and_assignee(q, &f.statuses, &f.assignee);
            if let Some(p) = &f.product {
                q.push(" AND t.product = ").push_bind(p.clone());
            }
            if let Some(o) = f.org_id {
                q.push(" AND t.org_id = ").push_bind(o);
            }
            if let Some(c) = &f.client_id {
                q.push(" AND ci.key = 'client_id' AND ci.value = ")
                    .push_bind(c.clone());
            }
            if let Some(p) = f.priority {
                q.push(" AND t.priority = ").push_bind(p.as_str());
            }
            if let Some(tag) = &f.tag {
                q.push(" AND t.id IN (SELECT ticket_id FROM ticket_tags WHERE tag = ")
                    .push_bind(tag.clone())
                    .push(")");
            }
            if let Some(s) = &f.signature {
                q.push(" AND t.error_signature = ").push_bind(s.clone());
            }
            if let Some(p) = f.problem_id {
                q.push(" AND t.problem_id = ").push_bind(p);
            }
            if let Some(now) = f.breaching_at {
                // `sla_breach_at` is kept by a trigger: NULL once solved.
                q.push(" AND t.sla_breach_at <= ")
                    .push_bind(now.unix_timestamp());
            }
        }

        impl Store {
            /// View rows for `ids`, newest first, in one query.
            async fn view_rows_by_ids(&self, ids: &[i64]) -> Result<Vec<ViewRow>> {
                if ids.is_empty() {
                    return Ok(vec![]);
                }
                let sql = format!("{} WHERE t.id {IN_IDS} ORDER BY t.id DESC", view_select());
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .bind(ids_param(ids)?)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(view_row).collect()
            }

            async fn tickets_where(&self, cond: &str, bind: i64, limit: i64) -> Result<Vec<Ticket>> {
                let sql = format!("{TICKET_SELECT} WHERE {cond} ORDER BY t.id DESC LIMIT {limit}");
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .bind(bind)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(rows::ticket).collect()
            }
        }

        #[async_trait]
        impl WorkspaceStore for Store {
            async fn view(&self, f: &ViewQuery) -> Result<Vec<ViewRow>> {
                let select = view_from(&view_select(), f);
                let id = id_column(f);
                let mut q = QueryBuilder::<Db>::new(select);
                push_view_filter(&mut q, f);
                if let Some(c) = f.after {
                    match f.sort {
                        ViewSort::Newest => {
                            q.push(format!(" AND {id} < ")).push_bind(c.id);
                        }
                        ViewSort::Oldest => {
                            q.push(format!(" AND {id} > ")).push_bind(c.id);
                        }
                        ViewSort::Updated => {
                            q.push(" AND (t.updated_at < ")
                                .push_bind(c.key)
                                .push(" OR (t.updated_at = ")
                                .push_bind(c.key)
                                .push(" AND t.id < ")
                                .push_bind(c.id)
                                .push("))");
                        }
                        ViewSort::Due => {
                            q.push(format!(" AND ({DUE_EXPR} > "))
                                .push_bind(c.key)
                                .push(format!(" OR ({DUE_EXPR} = "))
                                .push_bind(c.key)
                                .push(" AND t.id > ")
                                .push_bind(c.id)
                                .push("))");
                        }
                        ViewSort::Breach => {
                            // The lower bound first, so the index range
                            // starts at the cursor rather than the start.
                            let key = breach_expr(f);
                            q.push(format!(" AND {key} >= "))
                                .push_bind(c.key)
                                .push(format!(" AND ({key} > "))
                                .push_bind(c.key)
                                .push(" OR t.id > ")
                                .push_bind(c.id)
                                .push(")");
                        }
                    }
                }
                q.push(match f.sort {
                    ViewSort::Newest => format!(" ORDER BY {id} DESC"),
                    ViewSort::Oldest => format!(" ORDER BY {id} ASC"),
                    ViewSort::Updated => " ORDER BY t.updated_at DESC, t.id DESC".to_owned(),
                    ViewSort::Due => format!(" ORDER BY {DUE_EXPR} ASC, t.id ASC"),
                    ViewSort::Breach => format!(" ORDER BY {} ASC, t.id ASC", breach_expr(f)),
                });
                q.push(" LIMIT ").push_bind(f.limit.clamp(1, 500));
                let rows = q.build().fetch_all(self.reads()).await.map_err(db_err)?;
                rows.iter().map(view_row).collect()
            }

            async fn count_view(&self, f: &ViewQuery, cap: i64) -> Result<ViewCount> {
                if let Some(n) = counted_on_write(self, f).await? {
                    return Ok(n);
                }
                let mut q = QueryBuilder::<Db>::new(view_from("SELECT COUNT(*) FROM (SELECT 1 FROM tickets t", f));
                push_view_filter(&mut q, f);
                q.push(" LIMIT ")
                    .push_bind(cap.max(0) + 1)
                    .push(") counted");
                let n = q
                    .build_query_scalar()
                    .fetch_one(self.reads())
                    .await
                    .map_err(db_err)?;
                Ok(ViewCount::from_limited(n, cap))
            }

            async fn ticket_meta(&self, id: i64) -> Result<Option<TicketMeta>> {
                let sql = format!("{} WHERE t.id = $1", view_select());
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.as_ref().map(meta).transpose()
            }

            async fn find_by_identifier(
                &self,
                value: &str,
                keys: &[&str],
                limit: i64,
            ) -> Result<Vec<ViewRow>> {
                if keys.is_empty() {
                    return Ok(vec![]);
                }
                let ids = identified(self, value, keys, limit.clamp(1, 500)).await?;
                self.view_rows_by_ids(&ids).await
            }

            /// Tickets with the words themselves rank first, newest first; only
            /// when they do not fill the page come tickets with longer words
            /// (`timeouts` for `timeout`). Each backend writes the two queries
            /// (`text_query`) and finds their newest matches
            /// (`newest_text_matches`) its own way.
            async fn search_text(&self, query: &str, limit: i64) -> Result<Vec<ViewRow>> {
                let limit = limit.clamp(1, 500);
                let (Some(whole), Some(prefix)) = (text_query(query, false), text_query(query, true))
                else {
                    return Ok(vec![]);
                };
                let mut ids = newest_text_matches(self, &whole, limit, &[]).await?;
                if (ids.len() as i64) < limit {
                    let more =
                        newest_text_matches(self, &prefix, limit - ids.len() as i64, &ids).await?;
                    ids.extend(more);
                }
                self.view_rows_by_ids(&ids).await
            }

            async fn related(
                &self,
                ticket_id: i64,
                requester_id: i64,
                client_id: Option<&str>,
                limit: i64,
            ) -> Result<(Vec<Ticket>, Vec<Ticket>)> {
                let limit = limit.clamp(1, 100);
                let mut by_requester = self
                    .tickets_where("t.requester_id = $1", requester_id, limit + 1)
                    .await?;
                by_requester.retain(|t| t.id != ticket_id);
                by_requester.truncate(limit as usize);
                let by_client = match client_id {
                    Some(c) => {
                        // Newest first from the order by value, then ticket.
                        let ids: Vec<i64> = sqlx::query_scalar(
                            "SELECT ticket_id FROM ticket_identifiers \
                             WHERE key = 'client_id' AND value = $1 AND ticket_id != $2 \
                             ORDER BY ticket_id DESC LIMIT $3",
                        )
                        .bind(c)
                        .bind(ticket_id)
                        .bind(limit)
                        .fetch_all(self.reads())
                        .await
                        .map_err(db_err)?;
                        let sql = format!("{TICKET_SELECT} WHERE t.id {IN_IDS} ORDER BY t.id DESC");
                        let rows = sqlx::query(AssertSqlSafe(sql))
                            .bind(ids_param(&ids)?)
                            .fetch_all(self.reads())
                            .await
                            .map_err(db_err)?;
                        rows.iter().map(rows::ticket).collect::<Result<_>>()?
                    }
                    None => vec![],
                };
                Ok((by_requester, by_client))
            }

            async fn set_sla_due(
                &self,
                id: i64,
                first_reply_due: OffsetDateTime,
                resolution_due: OffsetDateTime,
            ) -> Result<()> {
                sqlx::query(
                    "UPDATE tickets SET first_reply_due_at = $1, resolution_due_at = $2 WHERE id = $3",
                )
                .bind(first_reply_due.unix_timestamp())
                .bind(resolution_due.unix_timestamp())
                .bind(id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn set_sla_and_signature(
                &self,
                id: i64,
                first_reply_due: OffsetDateTime,
                resolution_due: OffsetDateTime,
                signature: Option<&Screened>,
            ) -> Result<()> {
                let signature = signature.map(Screened::as_str);
                sqlx::query(
                    "UPDATE tickets SET first_reply_due_at = $1, resolution_due_at = $2, \
                     error_signature = COALESCE($3, error_signature) WHERE id = $4",
                )
                .bind(first_reply_due.unix_timestamp())
                .bind(resolution_due.unix_timestamp())
                .bind(signature)
                .bind(id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn set_error_signature(&self, id: i64, signature: &Screened) -> Result<()> {
                let signature = signature.as_str();
                sqlx::query("UPDATE tickets SET error_signature = $1 WHERE id = $2")
                    .bind(signature)
                    .bind(id)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn signature_times(
                &self,
                product: &str,
                signature: &str,
                from: OffsetDateTime,
                to: OffsetDateTime,
            ) -> Result<Vec<i64>> {
                sqlx::query_scalar(
                    "SELECT created_at FROM tickets WHERE product = $1 AND error_signature = $2 \
                     AND created_at BETWEEN $3 AND $4 ORDER BY created_at LIMIT 10000",
                )
                .bind(product)
                .bind(signature)
                .bind(from.unix_timestamp())
                .bind(to.unix_timestamp())
                .fetch_all(self.reads())
                .await
                .map_err(db_err)
            }

            async fn signature_minutes(
                &self,
                product: &str,
                signature: &str,
                from: OffsetDateTime,
                to: OffsetDateTime,
            ) -> Result<Vec<(i64, i64)>> {
                sqlx::query_as(AssertSqlSafe(format!(
                    "SELECT minute, CAST(SUM(n) AS BIGINT) AS n FROM {KEPT_ERROR_MINUTES} \
                     WHERE minute >= $1 AND minute <= $2 AND product = $3 AND error_signature = $4 \
                     GROUP BY 1 HAVING SUM(n) > 0 ORDER BY 1"
                )))
                .bind(from.unix_timestamp().div_euclid(60))
                .bind(to.unix_timestamp().div_euclid(60))
                .bind(product)
                .bind(signature)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)
            }

            /// Counts from the minutes kept on write (a partial first minute
            /// from the covering index), then each signature's first, last
            /// and latest ticket of the window from the signature index, in
            /// one query: never every ticket of a burst.
            async fn clusters(&self, since: OffsetDateTime, min: i64) -> Result<Vec<Cluster>> {
                const SHOWN: usize = 20;
                let since = since.unix_timestamp();
                // The first whole minute at or after `since`.
                let whole_from = (since + 59).div_euclid(60) * 60;
                let rows = sqlx::query(AssertSqlSafe(format!(
                    "SELECT product, error_signature, CAST(SUM(n) AS BIGINT) AS n FROM {KEPT_ERROR_MINUTES} \
                     WHERE minute >= $1 GROUP BY 1, 2 \
                     UNION ALL \
                     SELECT product, error_signature, COUNT(*) AS n FROM tickets{CREATED_COVER} \
                     WHERE created_at >= $2 AND created_at < $3 AND product IS NOT NULL \
                     AND error_signature IS NOT NULL AND error_signature != '' GROUP BY 1, 2"
                )))
                .bind(whole_from / 60)
                .bind(since)
                .bind(whole_from)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                let mut counts: std::collections::HashMap<(String, String), i64> = Default::default();
                for r in &rows {
                    let key = (
                        r.try_get("product").map_err(db_err)?,
                        r.try_get("error_signature").map_err(db_err)?,
                    );
                    *counts.entry(key).or_default() += r.try_get::<i64, _>("n").map_err(db_err)?;
                }
                let mut over: Vec<((String, String), i64)> =
                    counts.into_iter().filter(|(_, n)| *n >= min.max(1)).collect();
                over.sort_by(|a, b| b.1.cmp(&a.1));
                // Ties with the last one shown are ordered by their latest
                // ticket, so they all come along.
                if let Some(&(_, cut)) = over.get(SHOWN - 1) {
                    over.retain(|(_, n)| *n >= cut);
                }
                if over.is_empty() {
                    return Ok(vec![]);
                }
                let mut q = signature_keys(over.iter().map(|(key, _)| key));
                let window = "FROM tickets t WHERE t.product = k.p AND t.error_signature = k.s AND t.created_at >= ";
                q.push(format!(") SELECT k.i, (SELECT MIN(t.created_at) {window}"))
                    .push_bind(since)
                    .push(format!(") AS first_at, (SELECT MAX(t.created_at) {window}"))
                    .push_bind(since)
                    .push(format!(") AS last_at, (SELECT t.id {window}"))
                    .push_bind(since)
                    .push(" ORDER BY t.created_at DESC, t.id DESC LIMIT 1) AS latest FROM k");
                let found: Vec<(i64, Option<i64>, Option<i64>, Option<i64>)> = q
                    .build_query_as()
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                let mut clusters = Vec::with_capacity(found.len());
                for (i, first_at, last_at, latest) in found {
                    let slot = usize::try_from(i).ok().and_then(|i| over.get(i));
                    // A signature counted but gone since (a ticket purged
                    // or corrected meanwhile) is left out.
                    let (Some(((product, signature), count)), Some(first_at), Some(last_at), Some(latest)) =
                        (slot, first_at, last_at, latest)
                    else {
                        continue;
                    };
                    clusters.push(Cluster {
                        product: product.clone(),
                        signature: signature.clone(),
                        count: *count,
                        latest_ticket_id: latest,
                        first_at: ts(first_at),
                        last_at: ts(last_at),
                    });
                }
                clusters.sort_by(|a, b| {
                    b.count
                        .cmp(&a.count)
                        .then_with(|| b.latest_ticket_id.cmp(&a.latest_ticket_id))
                });
                clusters.truncate(SHOWN);
                Ok(clusters)
            }

            async fn change_tags(
                &self,
                id: i64,
                add: &[Screened],
                remove: &[Screened],
                actor_id: i64,
                now: OffsetDateTime,
            ) -> Result<Vec<String>> {
                let add: Vec<String> = add.iter().map(|t| t.to_string()).collect();
                let remove: Vec<String> = remove.iter().map(|t| t.to_string()).collect();
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                if lock_ticket(&mut tx, id).await?.is_none() {
                    return Err(StoreError::NotFound);
                }
                let (mut added, mut removed) = (vec![], vec![]);
                for tag in &add {
                    let done = sqlx::query(
                        "INSERT INTO ticket_tags (ticket_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(tag)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                    if done.rows_affected() > 0 {
                        added.push(tag.clone());
                    }
                }
                for tag in &remove {
                    let done = sqlx::query("DELETE FROM ticket_tags WHERE ticket_id = $1 AND tag = $2")
                        .bind(id)
                        .bind(tag)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                    if done.rows_affected() > 0 {
                        removed.push(tag.clone());
                    }
                }
                if !added.is_empty() || !removed.is_empty() {
                    audit(
                        &mut tx,
                        id,
                        Some(actor_id),
                        "tagged",
                        serde_json::json!({ "added": added, "removed": removed }),
                        now,
                    )
                    .await?;
                    sqlx::query("UPDATE tickets SET updated_at = $1 WHERE id = $2")
                        .bind(now.unix_timestamp())
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                let tags =
                    sqlx::query_scalar("SELECT tag FROM ticket_tags WHERE ticket_id = $1 ORDER BY tag")
                        .bind(id)
                        .fetch_all(&mut *tx)
                        .await
                        .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(tags)
            }

            async fn link_problem(
                &self,
                id: i64,
                problem_id: Option<i64>,
                actor_id: i64,
                now: OffsetDateTime,
            ) -> Result<()> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let current: Option<Option<i64>> =
                    sqlx::query_scalar(AssertSqlSafe(format!(
                        "SELECT problem_id FROM tickets WHERE id = $1{FOR_UPDATE}"
                    )))
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db_err)?;
                let Some(current) = current else {
                    return Err(StoreError::NotFound);
                };
                if current == problem_id {
                    return Ok(());
                }
                if let Some(p) = problem_id {
                    if p == id {
                        return Err(StoreError::Conflict("problem_is_self"));
                    }
                    let parent: Option<Option<i64>> =
                        sqlx::query_scalar("SELECT problem_id FROM tickets WHERE id = $1")
                            .bind(p)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(db_err)?;
                    match parent {
                        None => return Err(StoreError::Conflict("problem_not_found")),
                        Some(Some(_)) => return Err(StoreError::Conflict("problem_is_linked")),
                        Some(None) => {}
                    }
                    let children: i64 =
                        sqlx::query_scalar("SELECT COUNT(*) FROM tickets WHERE problem_id = $1")
                            .bind(id)
                            .fetch_one(&mut *tx)
                            .await
                            .map_err(db_err)?;
                    if children > 0 {
                        return Err(StoreError::Conflict("ticket_is_problem"));
                    }
                }
                sqlx::query("UPDATE tickets SET problem_id = $1, updated_at = $2 WHERE id = $3")
                    .bind(problem_id)
                    .bind(now.unix_timestamp())
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                audit(
                    &mut tx,
                    id,
                    Some(actor_id),
                    "linked",
                    serde_json::json!({ "problem_id": [current, problem_id] }),
                    now,
                )
                .await?;
                tx.commit().await.map_err(db_err)?;
                Ok(())
            }

            async fn linked_tickets(&self, problem_id: i64) -> Result<Vec<Ticket>> {
                self.tickets_where("t.problem_id = $1", problem_id, 1000)
                    .await
            }

            async fn solve_problem(
                &self,
                problem_id: i64,
                body: &Screened,
                agent_id: i64,
                now: OffsetDateTime,
            ) -> Result<Vec<i64>> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let open: Vec<i64> = sqlx::query_scalar(AssertSqlSafe(format!(
                    "SELECT id FROM tickets WHERE (problem_id = $1 OR id = $1) \
                     AND status NOT IN ('solved', 'closed') ORDER BY id = $1, id DESC{FOR_UPDATE}"
                )))
                .bind(problem_id)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
                for &ticket_id in &open {
                    let reply = NewComment {
                        ticket_id,
                        author_id: agent_id,
                        body: body.clone(),
                        visibility: domain::CommentVisibility::Public,
                        new_status: Some(domain::Status::Solved),
                    };
                    crate::store_impl::comment_on(&mut tx, &reply, now).await?;
                }
                tx.commit().await.map_err(db_err)?;
                Ok(open)
            }

            async fn create_macro(&self, m: NewMacro, now: OffsetDateTime) -> Result<Macro> {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO macros (title, body, set_status, add_tags, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(m.title.as_str())
                .bind(m.body.as_str())
                .bind(m.set_status.map(|s| s.as_str()))
                .bind(
                    m.add_tags
                        .iter()
                        .map(|t| t.as_str())
                        .collect::<Vec<_>>()
                        .join(","),
                )
                .bind(m.created_by)
                .bind(now.unix_timestamp())
                .fetch_one(self.writes())
                .await
                .map_err(db_err)?;
                Ok(Macro {
                    id,
                    title: m.title.into_string(),
                    body: m.body.into_string(),
                    set_status: m.set_status,
                    add_tags: m.add_tags.into_iter().map(Screened::into_string).collect(),
                })
            }

            async fn macros(&self) -> Result<Vec<Macro>> {
                let rows = sqlx::query(
                    "SELECT id, title, body, set_status, add_tags FROM macros ORDER BY title, id",
                )
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                rows.iter()
                    .map(|r| {
                        let tags: String = r.try_get("add_tags").map_err(db_err)?;
                        Ok(Macro {
                            id: r.try_get("id").map_err(db_err)?,
                            title: r.try_get("title").map_err(db_err)?,
                            body: r.try_get("body").map_err(db_err)?,
                            set_status: r
                                .try_get::<Option<String>, _>("set_status")
                                .map_err(db_err)?
                                .map(|s| parse(&s))
                                .transpose()?,
                            add_tags: tags
                                .split(',')
                                .filter(|t| !t.is_empty())
                                .map(str::to_owned)
                                .collect(),
                        })
                    })
                    .collect()
            }

            async fn delete_macro(&self, id: i64) -> Result<()> {
                let done = sqlx::query("DELETE FROM macros WHERE id = $1")
                    .bind(id)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    Err(StoreError::NotFound)
                } else {
                    Ok(())
                }
            }

            async fn mark_read(&self, user_id: i64, ticket_id: i64) -> Result<()> {
                sqlx::query(
                    "INSERT INTO ticket_reads (user_id, ticket_id, last_comment_id) \
                     SELECT $1, $2, COALESCE(MAX(id), 0) FROM comments WHERE ticket_id = $2 \
                     ON CONFLICT (user_id, ticket_id) DO UPDATE SET last_comment_id = excluded.last_comment_id",
                )
                .bind(user_id)
                .bind(ticket_id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn unread(&self, user_id: i64, scope: &Scope) -> Result<Vec<Unread>> {
                let (owner, org) = match scope {
                    Scope::All => return Ok(vec![]),
                    Scope::Requester {
                        user_id,
                        shared_org_id,
                    } => (*user_id, *shared_org_id),
                };
                // Candidates come newest first from the tickets' latest staff
                // replies (migration 0013), at most `ANSWERED` from each index: an
                // unread reply older than the requester's last 500 answered tickets
                // is not counted, however large the organization.
                let rows = sqlx::query(
                    "WITH answered AS ( \
                       SELECT id, last_staff_reply_id FROM (SELECT id, last_staff_reply_id FROM tickets \
                         WHERE requester_id = $2 AND last_staff_reply_id IS NOT NULL \
                         ORDER BY last_staff_reply_id DESC LIMIT $4) mine \
                       UNION SELECT id, last_staff_reply_id FROM (SELECT id, last_staff_reply_id FROM tickets \
                         WHERE org_id = $3 AND last_staff_reply_id IS NOT NULL \
                         ORDER BY last_staff_reply_id DESC LIMIT $4) shared), \
                     unread AS ( \
                       SELECT a.id, COALESCE(r.last_comment_id, 0) AS mark FROM answered a \
                       LEFT JOIN ticket_reads r ON r.user_id = $1 AND r.ticket_id = a.id \
                       WHERE a.last_staff_reply_id > COALESCE(r.last_comment_id, 0) \
                       ORDER BY a.last_staff_reply_id DESC LIMIT 100) \
                     SELECT t.id, t.subject, COUNT(c.id) AS n, MAX(c.created_at) AS latest \
                     FROM unread JOIN tickets t ON t.id = unread.id \
                     JOIN comments c ON c.ticket_id = t.id AND c.id > unread.mark AND c.visibility = 'public' \
                     JOIN users u ON u.id = c.author_id AND u.role IN ('agent', 'admin') \
                     GROUP BY t.id, t.subject ORDER BY MAX(c.id) DESC",
                )
                .bind(user_id)
                .bind(owner)
                .bind(org)
                .bind(ANSWERED)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                rows.iter()
                    .map(|r| {
                        Ok(Unread {
                            ticket_id: r.try_get("id").map_err(db_err)?,
                            subject: r.try_get("subject").map_err(db_err)?,
                            count: r.try_get("n").map_err(db_err)?,
                            latest_at: ts(r.try_get("latest").map_err(db_err)?),
                        })
                    })
                    .collect()
            }

            async fn dashboard(
                &self,
                since: OffsetDateTime,
                now: OffsetDateTime,
                first_reply_bounds: &[i64],
                backlog_bounds: &[i64],
            ) -> Result<DashboardData> {
                let since = since.unix_timestamp();
                let now = now.unix_timestamp();
                let mut data = DashboardData::default();
                window(self, &mut data, since, now, first_reply_bounds).await?;
                data.top_errors = top_errors(self, since).await?;
                backlog(self, &mut data, now, backlog_bounds).await?;
                Ok(data)
            }

            async fn latest_with_signatures(
                &self,
                keys: &[(String, String)],
            ) -> Result<Vec<Option<Ticket>>> {
                if keys.is_empty() {
                    return Ok(vec![]);
                }
                // Newest by creation, not by id: the signature index ends
                // with `created_at`, so each key reads one entry.
                let mut q = signature_keys(keys.iter());
                q.push(
                    ") SELECT k.i, (SELECT t.id FROM tickets t \
                     WHERE t.product = k.p AND t.error_signature = k.s \
                     ORDER BY t.created_at DESC, t.id DESC LIMIT 1) AS id FROM k",
                );
                let found: Vec<(i64, Option<i64>)> = q
                    .build_query_as()
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                let ids: Vec<i64> = found.iter().filter_map(|(_, id)| *id).collect();
                let mut tickets: std::collections::HashMap<i64, Ticket> = Default::default();
                if !ids.is_empty() {
                    let sql = format!("{TICKET_SELECT} WHERE t.id {IN_IDS}");
                    let rows = sqlx::query(AssertSqlSafe(sql))
                        .bind(ids_param(&ids)?)
                        .fetch_all(self.reads())
                        .await
                        .map_err(db_err)?;
                    for r in &rows {
                        let t = rows::ticket(r)?;
                        tickets.insert(t.id, t);
                    }
                }
                let mut latest = vec![None; keys.len()];
                for (n, id) in found {
                    let slot = usize::try_from(n).ok().and_then(|n| latest.get_mut(n));
                    if let (Some(slot), Some(id)) = (slot, id) {
                        *slot = tickets.get(&id).cloned();
                    }
                }
                Ok(latest)
            }
        }

        /// `WITH k(i, p, s) AS (VALUES …)`: each (product, signature) with
        /// its place in `keys`, for a query that looks each one up beside
        /// the others and answers in one round trip; the caller closes the
        /// list with `)` and writes the rest.
        fn signature_keys<'a>(
            keys: impl Iterator<Item = &'a (String, String)>,
        ) -> QueryBuilder<Db> {
            let mut q = QueryBuilder::<Db>::new("WITH k(i, p, s) AS (VALUES ");
            for (i, (product, signature)) in keys.enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .push_bind(i as i64)
                    .push(", ")
                    .push_bind(product.clone())
                    .push(", ")
                    .push_bind(signature.clone())
                    .push(")");
            }
            q
        }

        /// Sums of rows per bucket of `col`; the bounds are integers, formatted,
        /// never text.
        fn buckets(col: &str, bounds: &[i64]) -> String {
            let mut parts = Vec::new();
            let mut lo = i64::MIN;
            for b in bounds.iter().copied().chain([i64::MAX]) {
                parts.push(format!(
                    "COALESCE(SUM(CASE WHEN {col} >= {lo} AND {col} < {b} THEN 1 ELSE 0 END), 0)"
                ));
                lo = b;
            }
            parts.join(", ")
        }

        /// Whether first-reply buckets with these bounds can be summed from
        /// the hours kept per day (migration 0023): whole hours, at
        /// most a day.
        fn bounds_in_whole_hours(bounds: &[i64]) -> bool {
            bounds.iter().all(|b| *b > 0 && b % 3600 == 0 && *b <= 86_400)
        }

        /// The dashboard's window: tickets created per day and product, the
        /// first-reply buckets and the breaches per day. Whole days come from
        /// what is kept per day on write, plus the open tickets now past a due
        /// time from the breach index; a partial day at the window's start
        /// (or every day, for bounds the kept hours cannot answer) from one
        /// walk of the covering index (`window_walk`).
        async fn window(
            store: &Store,
            data: &mut DashboardData,
            since: i64,
            now: i64,
            first_reply_bounds: &[i64],
        ) -> Result<()> {
            let whole_from = if bounds_in_whole_hours(first_reply_bounds) {
                // The first midnight at or after `since`.
                (since + 86_399).div_euclid(86_400) * 86_400
            } else {
                i64::MAX
            };
            let replied_buckets = first_reply_bounds.len() + 1;
            data.first_reply_buckets = vec![0; replied_buckets + 1];
            let mut created: std::collections::BTreeMap<(i64, String), i64> = Default::default();
            let mut breached: std::collections::BTreeMap<i64, i64> = Default::default();
            if since < whole_from {
                window_walk(store, data, (since, whole_from), now, first_reply_bounds, &mut created, &mut breached)
                    .await?;
            }
            if whole_from != i64::MAX {
                window_kept(store, data, whole_from, now, first_reply_bounds, &mut created, &mut breached)
                    .await?;
            }
            data.created_per_day = created.into_iter().map(|((d, p), n)| (d, p, n)).collect();
            data.breaches_per_day = breached.into_iter().filter(|(_, n)| *n > 0).collect();
            Ok(())
        }

        /// Whole days from `whole_from`: the kept rows, and the open tickets
        /// whose next due time has passed. A due time is never before its
        /// ticket's creation, so those are a range of the breach index.
        async fn window_kept(
            store: &Store,
            data: &mut DashboardData,
            whole_from: i64,
            now: i64,
            bounds: &[i64],
            created: &mut std::collections::BTreeMap<(i64, String), i64>,
            breached: &mut std::collections::BTreeMap<i64, i64>,
        ) -> Result<()> {
            let rows = sqlx::query(AssertSqlSafe(format!(
                "SELECT day, product, replied_hour, breached, CAST(SUM(n) AS BIGINT) AS n \
                 FROM {KEPT_SLA_DAYS} WHERE day >= $1 GROUP BY 1, 2, 3, 4"
            )))
            .bind(whole_from / 86_400)
            .fetch_all(store.reads())
            .await
            .map_err(db_err)?;
            let unreplied = bounds.len() + 1;
            for r in &rows {
                let day: i64 = r.try_get("day").map_err(db_err)?;
                let n: i64 = r.try_get("n").map_err(db_err)?;
                if n == 0 {
                    continue;
                }
                let product: String = r.try_get("product").map_err(db_err)?;
                *created.entry((day * 86_400, product)).or_default() += n;
                let hour: i64 = r.try_get("replied_hour").map_err(db_err)?;
                let bucket = if hour < 0 {
                    unreplied
                } else {
                    bounds.iter().position(|b| hour * 3600 < *b).unwrap_or(bounds.len())
                };
                data.first_reply_buckets[bucket] += n;
                if r.try_get::<i64, _>("breached").map_err(db_err)? == 1 {
                    *breached.entry(day * 86_400).or_default() += n;
                }
            }
            // Open and not yet counted as missed: a first reply that came
            // late is the only target an unsolved ticket can have missed for
            // good.
            let overdue = sqlx::query(
                "SELECT (created_at / 86400) * 86400 AS day, COUNT(*) AS n FROM tickets \
                 WHERE sla_breach_at >= $1 AND sla_breach_at < $2 AND created_at >= $1 \
                 AND NOT (first_replied_at IS NOT NULL AND first_reply_due_at IS NOT NULL \
                 AND first_replied_at > first_reply_due_at) GROUP BY 1",
            )
            .bind(whole_from)
            .bind(now)
            .fetch_all(store.reads())
            .await
            .map_err(db_err)?;
            for r in &overdue {
                let day: i64 = r.try_get("day").map_err(db_err)?;
                *breached.entry(day).or_default() += r.try_get::<i64, _>("n").map_err(db_err)?;
            }
            Ok(())
        }

        /// Tickets created in `[from, to)`, read once from the covering index.
        /// PostgreSQL hashes the groups because statistics over the two grouping
        /// expressions, written exactly as here, tell it how few there are
        /// (its migration 0021).
        async fn window_walk(
            store: &Store,
            data: &mut DashboardData,
            (from, to): (i64, i64),
            now: i64,
            first_reply_bounds: &[i64],
            created: &mut std::collections::BTreeMap<(i64, String), i64>,
            breached_per_day: &mut std::collections::BTreeMap<i64, i64>,
        ) -> Result<()> {
            let sql = format!(
                "SELECT (created_at / 86400) * 86400 AS day, COALESCE(product, 'other') AS product, \
                 COUNT(*) AS n, \
                 COALESCE(SUM(CASE WHEN (first_reply_due_at IS NOT NULL AND COALESCE(first_replied_at, solved_at, $2) > first_reply_due_at) \
                   OR (resolution_due_at IS NOT NULL AND COALESCE(solved_at, $2) > resolution_due_at) \
                   THEN 1 ELSE 0 END), 0) AS breached, \
                 COALESCE(SUM(CASE WHEN first_replied_at IS NULL THEN 1 ELSE 0 END), 0) AS unreplied, {} \
                 FROM tickets{CREATED_COVER} WHERE created_at >= $1 AND created_at < $3 \
                 GROUP BY 1, 2 ORDER BY 1, 2",
                buckets("first_replied_at - created_at", first_reply_bounds),
            );
            let rows = sqlx::query(AssertSqlSafe(sql))
                .bind(from)
                .bind(now)
                .bind(to)
                .fetch_all(store.reads())
                .await
                .map_err(db_err)?;
            let replied_buckets = first_reply_bounds.len() + 1;
            for r in &rows {
                let day: i64 = r.try_get("day").map_err(db_err)?;
                let product: String = r.try_get("product").map_err(db_err)?;
                *created.entry((day, product)).or_default() += r.try_get::<i64, _>("n").map_err(db_err)?;
                for i in 0..replied_buckets {
                    let n: i64 = r.try_get(5 + i).map_err(db_err)?;
                    data.first_reply_buckets[i] += n;
                }
                let unreplied: i64 = r.try_get("unreplied").map_err(db_err)?;
                data.first_reply_buckets[replied_buckets] += unreplied;
                let breached: i64 = r.try_get("breached").map_err(db_err)?;
                *breached_per_day.entry(day).or_default() += breached;
            }
            Ok(())
        }

        /// The most frequent errors of the window: whole days from the errors kept
        /// per day on write, the partial day the window starts in from the
        /// covering index, added up here (a few rows a day, not a row a ticket).
        async fn top_errors(store: &Store, since: i64) -> Result<Vec<(String, String, i64)>> {
            let first_whole_day = since.div_euclid(86_400) + 1;
            let rows = sqlx::query(AssertSqlSafe(format!(
                "SELECT product, error_signature, CAST(SUM(n) AS BIGINT) AS n FROM {KEPT_ERROR_DAYS} \
                 WHERE day >= $1 GROUP BY 1, 2 \
                 UNION ALL \
                 SELECT product, error_signature, COUNT(*) AS n \
                 FROM tickets{CREATED_COVER} \
                 WHERE created_at >= $2 AND created_at < $3 AND product IS NOT NULL \
                 AND error_signature IS NOT NULL AND error_signature != '' GROUP BY 1, 2"
            )))
            .bind(first_whole_day)
            .bind(since)
            .bind(first_whole_day * 86_400)
            .fetch_all(store.reads())
            .await
            .map_err(db_err)?;
            let mut counts: std::collections::HashMap<(String, String), i64> = Default::default();
            for r in &rows {
                let key = (
                    r.try_get("product").map_err(db_err)?,
                    r.try_get("error_signature").map_err(db_err)?,
                );
                *counts.entry(key).or_default() += r.try_get::<i64, _>("n").map_err(db_err)?;
            }
            let mut top: Vec<(String, String, i64)> = counts
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|((product, signature), n)| (product, signature, n))
                .collect();
            top.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
            top.truncate(8);
            Ok(top)
        }

        /// A view's count from the counts kept on write, when its only
        /// filters are statuses and assignee: exact at any size.
        async fn counted_on_write(store: &Store, f: &ViewQuery) -> Result<Option<ViewCount>> {
            let only_status_and_assignee = f.product.is_none()
                && f.org_id.is_none()
                && f.client_id.is_none()
                && f.priority.is_none()
                && f.tag.is_none()
                && f.signature.is_none()
                && f.problem_id.is_none()
                && f.breaching_at.is_none();
            if !only_status_and_assignee {
                return Ok(None);
            }
            let mut q = QueryBuilder::<Db>::new(format!(
                "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM {KEPT_COUNTS} WHERE 1=1"
            ));
            if !f.statuses.is_empty() {
                q.push(" AND status IN (");
                let mut sep = q.separated(", ");
                for s in &f.statuses {
                    sep.push_bind(s.as_str());
                }
                q.push(")");
            }
            match &f.assignee {
                Some(AssigneeFilter::Unassigned) => {
                    q.push(" AND assignee_id = 0");
                }
                Some(AssigneeFilter::User(id)) => {
                    q.push(" AND assignee_id = ").push_bind(*id);
                }
                None => {}
            }
            let n: i64 = q
                .build_query_scalar()
                .fetch_one(store.reads())
                .await
                .map_err(db_err)?;
            Ok(Some(ViewCount { n, capped: false }))
        }

        /// Open (unsolved) tickets created after `cutoff`: whole days from
        /// the open tickets kept per day, the partial day from the index.
        async fn open_created_after(store: &Store, cutoff: i64) -> Result<i64> {
            let next_day = (cutoff.div_euclid(86_400) + 1) * 86_400;
            let whole: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM {KEPT_OPEN_DAYS} WHERE day >= $1"
            )))
            .bind(next_day / 86_400)
            .fetch_one(store.reads())
            .await
            .map_err(db_err)?;
            let partial: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM tickets{CREATED_COVER} \
                 WHERE created_at > $1 AND created_at < $2 AND status NOT IN ('solved', 'closed')"
            )))
            .bind(cutoff)
            .bind(next_day)
            .fetch_one(store.reads())
            .await
            .map_err(db_err)?;
            Ok(whole + partial)
        }

        /// Backlog by age from the open tickets kept per day: the open
        /// tickets created after each edge, differenced into buckets.
        async fn backlog(
            store: &Store,
            data: &mut DashboardData,
            now: i64,
            bounds: &[i64],
        ) -> Result<()> {
            let total: i64 = sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM {KEPT_OPEN_DAYS}"
            )))
            .fetch_one(store.reads())
            .await
            .map_err(db_err)?;
            let mut newer_than_previous_edge = 0;
            for b in bounds {
                // Open tickets younger than `b`: created after now - b.
                let younger = open_created_after(store, now.saturating_sub(*b)).await?;
                data.backlog_buckets.push(younger - newer_than_previous_edge);
                newer_than_previous_edge = younger;
            }
            data.backlog_buckets.push(total - newer_than_previous_edge);
            Ok(())
        }
    };
}
