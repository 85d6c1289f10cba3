/// `HelpCenterStore`: categories, sections, articles and their translations,
/// votes, comments and deflections. Search is each backend's own: expanded
/// in its `help_center` module, which provides `reindex` (a translation
/// into the index or out of it), `search_sql` (ranked hits for a locale,
/// the query text bound first and the limit second), `text_query` (search
/// terms in its query syntax) and `terms_sql` (a locale's indexed terms).
#[macro_export]
macro_rules! help_center {
    () => {
        use crate::dialect::{BYTEWISE, FALSE, TRUE};
        use crate::rows::{parse, ts};
        use crate::{Conn, Db, Pool, Row, Store, db_err};
        use $crate::async_trait::async_trait;
        use domain::Locale;
        use guard::Screened;
        use sqlx::Row as _;
        use store::*;
        use time::OffsetDateTime;

        fn locale_of(row: &Row) -> Result<Locale> {
            parse(row.try_get::<&str, _>("locale").map_err(db_err)?)
        }

        /// A name from a row of a LEFT JOIN onto a names table, when there is one.
        fn name_of(row: &Row) -> Result<Option<HcName>> {
            let Some(l) = row.try_get::<Option<&str>, _>("locale").map_err(db_err)? else {
                return Ok(None);
            };
            Ok(Some(HcName {
                locale: parse(l)?,
                name: row.try_get("name").map_err(db_err)?,
                description: row.try_get("description").map_err(db_err)?,
            }))
        }

        fn id_of(row: &Row) -> Result<i64> {
            row.try_get("id").map_err(db_err)
        }

        /// Categories with their names in one query; `filter` is a WHERE clause
        /// on `c` with at most one parameter.
        const CATEGORY_SELECT: &str = "SELECT c.id, c.position, n.locale, n.name, n.description \
             FROM hc_categories c LEFT JOIN hc_category_translations n ON n.category_id = c.id";

        async fn categories(
            pool: &Pool,
            filter: &str,
            param: Option<i64>,
        ) -> Result<Vec<HcCategory>> {
            let sql =
                format!("{CATEGORY_SELECT} {filter} ORDER BY c.position, c.id, n.locale{BYTEWISE}");
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            if let Some(p) = param {
                q = q.bind(p);
            }
            let rows = q.fetch_all(pool).await.map_err(db_err)?;
            fold_named(
                &rows,
                id_of,
                |r, id| {
                    Ok(HcCategory {
                        id,
                        position: r.try_get("position").map_err(db_err)?,
                        names: vec![],
                    })
                },
                name_of,
            )
        }

        const SECTION_SELECT: &str = "SELECT s.id, s.category_id, s.position, n.locale, n.name, n.description \
             FROM hc_sections s LEFT JOIN hc_section_translations n ON n.section_id = s.id";

        async fn sections(pool: &Pool, filter: &str, param: Option<i64>) -> Result<Vec<HcSection>> {
            // In the order of their categories, then their own.
            let sql = format!(
                "{SECTION_SELECT} JOIN hc_categories c ON c.id = s.category_id {filter} \
                 ORDER BY c.position, c.id, s.position, s.id, n.locale{BYTEWISE}"
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            if let Some(p) = param {
                q = q.bind(p);
            }
            let rows = q.fetch_all(pool).await.map_err(db_err)?;
            fold_named(
                &rows,
                id_of,
                |r, id| {
                    Ok(HcSection {
                        id,
                        category_id: r.try_get("category_id").map_err(db_err)?,
                        position: r.try_get("position").map_err(db_err)?,
                        names: vec![],
                    })
                },
                name_of,
            )
        }

        /// A delete refused by a foreign key: the row still has children.
        /// Deletes a category or section (`table`). Children have no ON DELETE
        /// action, so while one remains the foreign key itself refuses the delete
        /// (`code`): nothing can slip in between a check and the delete. Names
        /// cascade.
        async fn delete_container(
            pool: &Pool,
            table: &str,
            id: i64,
            code: &'static str,
        ) -> Result<()> {
            let sql = format!("DELETE FROM {table} WHERE id = $1");
            let done = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .execute(pool)
                .await
                .map_err(|e| match &e {
                    sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::Conflict(code),
                    _ => db_err(e),
                })?;
            if done.rows_affected() == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        }

        async fn put_names(
            conn: &mut Conn,
            table: &str,
            key: &str,
            id: i64,
            list: &[NewHcName],
        ) -> Result<()> {
            let sql = format!(
                "INSERT INTO {table} ({key}, locale, name, description) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT ({key}, locale) DO UPDATE SET name = excluded.name, description = excluded.description"
            );
            for n in list {
                sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(id)
                    .bind(n.locale.as_str())
                    .bind(n.name.as_str())
                    .bind(n.description.as_str())
                    .execute(&mut *conn)
                    .await
                    .map_err(db_err)?;
            }
            Ok(())
        }

        /// A foreign-key violation on the article: it does not exist.
        fn missing_article(e: sqlx::Error) -> StoreError {
            if let sqlx::Error::Database(d) = &e
                && d.is_foreign_key_violation()
            {
                return StoreError::NotFound;
            }
            db_err(e)
        }

        async fn upsert_translation(
            conn: &mut Conn,
            article_id: i64,
            t: &HcTranslationInput,
            now: OffsetDateTime,
        ) -> Result<()> {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO hc_article_translations \
                 (article_id, locale, title, body_md, body_html, body_text, published, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (article_id, locale) DO UPDATE SET title = excluded.title, \
                 body_md = excluded.body_md, body_html = excluded.body_html, body_text = excluded.body_text, \
                 published = excluded.published, updated_at = excluded.updated_at \
                 RETURNING id",
            )
            .bind(article_id)
            .bind(t.locale.as_str())
            .bind(t.title.as_str())
            .bind(t.body_md.as_str())
            .bind(t.body_html.as_str())
            .bind(t.body_text.as_str())
            .bind(t.published)
            .bind(now.unix_timestamp())
            .fetch_one(&mut *conn)
            .await
            .map_err(db_err)?;
            reindex(conn, id, t.locale, &t.title, &t.body_text, t.published).await?;
            sqlx::query("UPDATE hc_articles SET updated_at = $1 WHERE id = $2")
                .bind(now.unix_timestamp())
                .bind(article_id)
                .execute(&mut *conn)
                .await
                .map_err(db_err)?;
            Ok(())
        }

        const COMMENT_SELECT: &str = "SELECT c.id, c.article_id, c.author_id, u.name AS author_name, \
             u.email AS author_email, u.role AS author_role, c.locale, c.body, c.hidden, c.created_at, c.updated_at \
             FROM hc_comments c JOIN users u ON u.id = c.author_id";

        fn comment(row: &Row) -> Result<HcComment> {
            Ok(HcComment {
                id: row.try_get("id").map_err(db_err)?,
                article_id: row.try_get("article_id").map_err(db_err)?,
                author: Person {
                    id: row.try_get("author_id").map_err(db_err)?,
                    name: row.try_get("author_name").map_err(db_err)?,
                    email: row.try_get("author_email").map_err(db_err)?,
                },
                author_role: parse(row.try_get::<&str, _>("author_role").map_err(db_err)?)?,
                locale: locale_of(row)?,
                body: row.try_get("body").map_err(db_err)?,
                hidden: row.try_get("hidden").map_err(db_err)?,
                created_at: ts(row.try_get("created_at").map_err(db_err)?),
                updated_at: ts(row.try_get("updated_at").map_err(db_err)?),
            })
        }

        impl Store {
            async fn hc_category_row(&self, id: i64) -> Result<Option<HcCategory>> {
                Ok(categories(self.reads(), "WHERE c.id = $1", Some(id))
                    .await?
                    .pop())
            }

            async fn hc_section_row(&self, id: i64) -> Result<Option<HcSection>> {
                Ok(sections(self.reads(), "WHERE s.id = $1", Some(id))
                    .await?
                    .pop())
            }

            async fn require_section(&self, id: i64) -> Result<()> {
                match self.hc_section_row(id).await? {
                    Some(_) => Ok(()),
                    None => Err(StoreError::Conflict("unknown_section")),
                }
            }
        }

        #[async_trait]
        impl HelpCenterStore for Store {
            async fn hc_create_category(&self, position: i64, list: &[NewHcName]) -> Result<HcCategory> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let id: i64 =
                    sqlx::query_scalar("INSERT INTO hc_categories (position) VALUES ($1) RETURNING id")
                        .bind(position)
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(db_err)?;
                put_names(&mut tx, "hc_category_translations", "category_id", id, list).await?;
                tx.commit().await.map_err(db_err)?;
                self.hc_category_row(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_update_category(
                &self,
                id: i64,
                position: i64,
                list: &[NewHcName],
            ) -> Result<HcCategory> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let n = sqlx::query("UPDATE hc_categories SET position = $1 WHERE id = $2")
                    .bind(position)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                put_names(&mut tx, "hc_category_translations", "category_id", id, list).await?;
                tx.commit().await.map_err(db_err)?;
                self.hc_category_row(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_categories(&self) -> Result<Vec<HcCategory>> {
                categories(self.reads(), "", None).await
            }

            async fn hc_category(&self, id: i64) -> Result<Option<HcCategory>> {
                self.hc_category_row(id).await
            }

            async fn hc_delete_category(&self, id: i64) -> Result<()> {
                // Refused while it holds a section (see `delete_container`).
                delete_container(self.writes(), "hc_categories", id, "category_not_empty").await
            }

            async fn hc_create_section(
                &self,
                category_id: i64,
                position: i64,
                list: &[NewHcName],
            ) -> Result<HcSection> {
                if self.hc_category_row(category_id).await?.is_none() {
                    return Err(StoreError::Conflict("unknown_category"));
                }
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO hc_sections (category_id, position) VALUES ($1, $2) RETURNING id",
                )
                .bind(category_id)
                .bind(position)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                put_names(&mut tx, "hc_section_translations", "section_id", id, list).await?;
                tx.commit().await.map_err(db_err)?;
                self.hc_section_row(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_update_section(
                &self,
                id: i64,
                category_id: i64,
                position: i64,
                list: &[NewHcName],
            ) -> Result<HcSection> {
                if self.hc_category_row(category_id).await?.is_none() {
                    return Err(StoreError::Conflict("unknown_category"));
                }
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let n = sqlx::query("UPDATE hc_sections SET category_id = $1, position = $2 WHERE id = $3")
                    .bind(category_id)
                    .bind(position)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                put_names(&mut tx, "hc_section_translations", "section_id", id, list).await?;
                tx.commit().await.map_err(db_err)?;
                self.hc_section_row(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_sections(&self, category_id: Option<i64>) -> Result<Vec<HcSection>> {
                match category_id {
                    Some(c) => sections(self.reads(), "WHERE s.category_id = $1", Some(c)).await,
                    None => sections(self.reads(), "", None).await,
                }
            }

            async fn hc_section(&self, id: i64) -> Result<Option<HcSection>> {
                self.hc_section_row(id).await
            }

            async fn hc_delete_section(&self, id: i64) -> Result<()> {
                // Refused while it holds an article, draft or not.
                delete_container(self.writes(), "hc_sections", id, "section_not_empty").await
            }

            async fn hc_create_article(
                &self,
                article: NewHcArticle,
                now: OffsetDateTime,
            ) -> Result<HcArticle> {
                self.require_section(article.section_id).await?;
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO hc_articles (section_id, position, comments_closed, author_id, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(article.section_id)
                .bind(article.position)
                .bind(article.comments_closed)
                .bind(article.author_id)
                .bind(now.unix_timestamp())
                .bind(now.unix_timestamp())
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                upsert_translation(&mut tx, id, &article.translation, now).await?;
                tx.commit().await.map_err(db_err)?;
                self.hc_article(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_article(&self, id: i64) -> Result<Option<HcArticle>> {
                let Some(row) = sqlx::query(
                    "SELECT id, section_id, position, comments_closed, author_id, created_at, updated_at \
                     FROM hc_articles WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(self.reads())
                .await
                .map_err(db_err)?
                else {
                    return Ok(None);
                };
                let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT locale, title, body_md, body_html, published, updated_at \
                     FROM hc_article_translations WHERE article_id = $1 ORDER BY locale{BYTEWISE}"
                )))
                .bind(id)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                let translations = rows
                    .iter()
                    .map(|r| {
                        Ok(HcTranslation {
                            locale: locale_of(r)?,
                            title: r.try_get("title").map_err(db_err)?,
                            body_md: r.try_get("body_md").map_err(db_err)?,
                            body_html: r.try_get("body_html").map_err(db_err)?,
                            published: r.try_get("published").map_err(db_err)?,
                            updated_at: ts(r.try_get("updated_at").map_err(db_err)?),
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(Some(HcArticle {
                    id,
                    section_id: row.try_get("section_id").map_err(db_err)?,
                    position: row.try_get("position").map_err(db_err)?,
                    comments_closed: row.try_get("comments_closed").map_err(db_err)?,
                    author_id: row.try_get("author_id").map_err(db_err)?,
                    created_at: ts(row.try_get("created_at").map_err(db_err)?),
                    updated_at: ts(row.try_get("updated_at").map_err(db_err)?),
                    translations,
                }))
            }

            async fn hc_update_article(
                &self,
                id: i64,
                patch: &HcArticlePatch,
                now: OffsetDateTime,
            ) -> Result<HcArticle> {
                if let Some(s) = patch.section_id {
                    self.require_section(s).await?;
                }
                let n = sqlx::query(
                    "UPDATE hc_articles SET section_id = COALESCE($1, section_id), \
                     position = COALESCE($2, position), comments_closed = COALESCE($3, comments_closed), \
                     updated_at = $4 WHERE id = $5",
                )
                .bind(patch.section_id)
                .bind(patch.position)
                .bind(patch.comments_closed)
                .bind(now.unix_timestamp())
                .bind(id)
                .execute(self.writes())
                .await
                .map_err(db_err)?
                .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                self.hc_article(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_save_translation(
                &self,
                article_id: i64,
                input: HcTranslationInput,
                now: OffsetDateTime,
            ) -> Result<HcArticle> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM hc_articles WHERE id = $1")
                    .bind(article_id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_err)?;
                if exists.is_none() {
                    return Err(StoreError::NotFound);
                }
                upsert_translation(&mut tx, article_id, &input, now).await?;
                tx.commit().await.map_err(db_err)?;
                self.hc_article(article_id)
                    .await?
                    .ok_or(StoreError::NotFound)
            }

            async fn hc_set_published(
                &self,
                article_id: i64,
                locale: Locale,
                published: bool,
                now: OffsetDateTime,
            ) -> Result<HcArticle> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let Some(row) = sqlx::query(
                    "UPDATE hc_article_translations SET published = $1, updated_at = $2 \
                     WHERE article_id = $3 AND locale = $4 RETURNING id, title, body_text",
                )
                .bind(published)
                .bind(now.unix_timestamp())
                .bind(article_id)
                .bind(locale.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?
                else {
                    return Err(StoreError::NotFound);
                };
                let id: i64 = row.try_get("id").map_err(db_err)?;
                let title: String = row.try_get("title").map_err(db_err)?;
                let body: String = row.try_get("body_text").map_err(db_err)?;
                reindex(&mut tx, id, locale, &title, &body, published).await?;
                sqlx::query("UPDATE hc_articles SET updated_at = $1 WHERE id = $2")
                    .bind(now.unix_timestamp())
                    .bind(article_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                self.hc_article(article_id)
                    .await?
                    .ok_or(StoreError::NotFound)
            }

            async fn hc_delete_article(&self, id: i64) -> Result<()> {
                // Translations (with their tsvector, so search), votes, comments and
                // deflection records go by ON DELETE CASCADE.
                let n = sqlx::query("DELETE FROM hc_articles WHERE id = $1")
                    .bind(id)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn hc_articles(&self, f: &HcArticleFilter) -> Result<Vec<HcArticleSummary>> {
                // One query: the chosen articles (at most `per_section` of each
                // section when asked), then joined with every translation's title.
                let mut q = sqlx::QueryBuilder::<Db>::new(
                    "SELECT a.id, a.section_id, a.position, t.locale, t.title, t.published, t.updated_at \
                     FROM (SELECT id, section_id, position FROM (SELECT a.id, a.section_id, a.position",
                );
                if f.per_section.is_some() {
                    q.push(
                        ", ROW_NUMBER() OVER (PARTITION BY a.section_id ORDER BY a.position, a.id) AS nth",
                    );
                }
                q.push(" FROM hc_articles a WHERE 1=1");
                if let Some(s) = f.section_id {
                    q.push(" AND a.section_id = ").push_bind(s);
                }
                if let Some(c) = f.category_id {
                    q.push(" AND a.section_id IN (SELECT id FROM hc_sections WHERE category_id = ")
                        .push_bind(c)
                        .push(")");
                }
                if let Some(e) = f.except {
                    q.push(" AND a.id <> ").push_bind(e);
                }
                if f.published_only {
                    q.push(format!(
                        " AND EXISTS (SELECT 1 FROM hc_article_translations t \
                         WHERE t.article_id = a.id AND t.published = {TRUE})"
                    ));
                }
                q.push(") chosen");
                if let Some(n) = f.per_section {
                    q.push(" WHERE nth <= ").push_bind(n.max(1));
                }
                q.push(" ORDER BY section_id, position, id LIMIT ")
                    .push_bind(f.limit.max(1))
                    .push(format!(
                        ") a LEFT JOIN hc_article_translations t ON t.article_id = a.id \
                         ORDER BY a.section_id, a.position, a.id, t.locale{BYTEWISE}"
                    ));
                let rows = q.build().fetch_all(self.reads()).await.map_err(db_err)?;
                let mut out: Vec<HcArticleSummary> = Vec::new();
                for r in &rows {
                    let id: i64 = r.try_get("id").map_err(db_err)?;
                    if out.last().is_none_or(|a| a.id != id) {
                        out.push(HcArticleSummary {
                            id,
                            section_id: r.try_get("section_id").map_err(db_err)?,
                            position: r.try_get("position").map_err(db_err)?,
                            titles: vec![],
                        });
                    }
                    let Some(locale) = r.try_get::<Option<&str>, _>("locale").map_err(db_err)? else {
                        continue;
                    };
                    if let Some(a) = out.last_mut() {
                        a.titles.push(HcTitle {
                            locale: parse(locale)?,
                            title: r.try_get("title").map_err(db_err)?,
                            published: r.try_get("published").map_err(db_err)?,
                            updated_at: ts(r.try_get("updated_at").map_err(db_err)?),
                        });
                    }
                }
                Ok(out)
            }

            async fn hc_search(&self, s: &HcSearch) -> Result<Vec<HcSearchHit>> {
                if s.terms.is_empty() || s.terms.iter().any(Vec::is_empty) {
                    return Ok(vec![]);
                }
                let rows = sqlx::query(sqlx::AssertSqlSafe(search_sql(s.locale)))
                    .bind(text_query(&s.terms, s.prefix_last))
                    .bind(s.limit.clamp(1, 100))
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter()
                    .map(|r| {
                        Ok(HcSearchHit {
                            article_id: r.try_get("article_id").map_err(db_err)?,
                            section_id: r.try_get("section_id").map_err(db_err)?,
                            title: r.try_get("title").map_err(db_err)?,
                            body_text: r.try_get("body_text").map_err(db_err)?,
                            rank: r.try_get("rank").map_err(db_err)?,
                            updated_at: ts(r.try_get("updated_at").map_err(db_err)?),
                        })
                    })
                    .collect()
            }

            async fn hc_terms(&self, locale: Locale) -> Result<Vec<String>> {
                sqlx::query_scalar(sqlx::AssertSqlSafe(terms_sql(locale)))
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)
            }

            async fn hc_vote(
                &self,
                article_id: i64,
                voter: &str,
                helpful: bool,
                now: OffsetDateTime,
            ) -> Result<HcVotes> {
                sqlx::query(
                    "INSERT INTO hc_votes (article_id, voter, helpful, at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (article_id, voter) DO UPDATE SET helpful = excluded.helpful, at = excluded.at",
                )
                .bind(article_id)
                .bind(voter)
                .bind(helpful)
                .bind(now.unix_timestamp())
                .execute(self.writes())
                .await
                .map_err(missing_article)?;
                self.hc_votes(article_id).await
            }

            async fn hc_votes(&self, article_id: i64) -> Result<HcVotes> {
                let row = sqlx::query(
                    "SELECT COUNT(*) FILTER (WHERE helpful) AS yes, COUNT(*) AS total FROM hc_votes WHERE article_id = $1",
                )
                .bind(article_id)
                .fetch_one(self.reads())
                .await
                .map_err(db_err)?;
                Ok(HcVotes {
                    helpful: row.try_get("yes").map_err(db_err)?,
                    total: row.try_get("total").map_err(db_err)?,
                })
            }

            async fn hc_my_vote(&self, article_id: i64, voter: &str) -> Result<Option<bool>> {
                let v: Option<bool> =
                    sqlx::query_scalar("SELECT helpful FROM hc_votes WHERE article_id = $1 AND voter = $2")
                        .bind(article_id)
                        .bind(voter)
                        .fetch_optional(self.reads())
                        .await
                        .map_err(db_err)?;
                Ok(v)
            }

            async fn hc_add_comment(&self, c: NewHcComment, now: OffsetDateTime) -> Result<HcComment> {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO hc_comments (article_id, author_id, locale, body, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(c.article_id)
                .bind(c.author_id)
                .bind(c.locale.as_str())
                .bind(c.body.as_str())
                .bind(now.unix_timestamp())
                .bind(now.unix_timestamp())
                .fetch_one(self.writes())
                .await
                .map_err(db_err)?;
                self.hc_comment(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_comment(&self, id: i64) -> Result<Option<HcComment>> {
                let sql = format!("{COMMENT_SELECT} WHERE c.id = $1");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?
                    .as_ref()
                    .map(comment)
                    .transpose()
            }

            async fn hc_comments(&self, article_id: i64, include_hidden: bool) -> Result<Vec<HcComment>> {
                let hidden = if include_hidden {
                    String::new()
                } else {
                    format!(" AND c.hidden = {FALSE}")
                };
                let sql = format!("{COMMENT_SELECT} WHERE c.article_id = $1{hidden} ORDER BY c.id");
                let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(article_id)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(comment).collect()
            }

            async fn hc_edit_comment(
                &self,
                id: i64,
                body: &Screened,
                now: OffsetDateTime,
            ) -> Result<HcComment> {
                let body = body.as_str();
                let n = sqlx::query("UPDATE hc_comments SET body = $1, updated_at = $2 WHERE id = $3")
                    .bind(body)
                    .bind(now.unix_timestamp())
                    .bind(id)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                self.hc_comment(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_set_comment_hidden(
                &self,
                id: i64,
                hidden: bool,
                now: OffsetDateTime,
            ) -> Result<HcComment> {
                let n = sqlx::query("UPDATE hc_comments SET hidden = $1, updated_at = $2 WHERE id = $3")
                    .bind(hidden)
                    .bind(now.unix_timestamp())
                    .bind(id)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                self.hc_comment(id).await?.ok_or(StoreError::NotFound)
            }

            async fn hc_delete_comment(&self, id: i64) -> Result<()> {
                let n = sqlx::query("DELETE FROM hc_comments WHERE id = $1")
                    .bind(id)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?
                    .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn hc_record_deflection(
                &self,
                article_id: i64,
                user_id: Option<i64>,
                event: DeflectionEvent,
                now: OffsetDateTime,
            ) -> Result<()> {
                sqlx::query(
                    "INSERT INTO hc_deflections (article_id, user_id, event, at) VALUES ($1, $2, $3, $4)",
                )
                .bind(article_id)
                .bind(user_id)
                .bind(event.as_str())
                .bind(now.unix_timestamp())
                .execute(self.writes())
                .await
                .map_err(missing_article)?;
                Ok(())
            }

            async fn hc_deflections(&self, article_id: i64) -> Result<HcDeflections> {
                let row = sqlx::query(
                    "SELECT COUNT(*) FILTER (WHERE event = 'shown') AS shown, \
                     COUNT(*) FILTER (WHERE event = 'opened') AS opened \
                     FROM hc_deflections WHERE article_id = $1",
                )
                .bind(article_id)
                .fetch_one(self.reads())
                .await
                .map_err(db_err)?;
                Ok(HcDeflections {
                    shown: row.try_get("shown").map_err(db_err)?,
                    opened: row.try_get("opened").map_err(db_err)?,
                })
            }
        }
    };
}
