/// `Store`: organizations, users, sessions, API tokens, rate limits,
/// tickets, comments and the audit log, with the helpers the other modules
/// share (`comment_on`, `audit`, `lock_ticket`). Expanded in each backend's
/// `store_impl` module, which provides `create_ticket` (SQLite's group
/// commit, PostgreSQL's group writer) and `client_ids` (reading the
/// list `dialect::CLIENT_IDS` selects).
#[macro_export]
macro_rules! store_impl {
    () => {
        use crate::dialect::{CLIENT_IDS, FOR_UPDATE, IN_IDS, LIKE, NOW, REFRESH_TICKET_TEXT, ids_param};
        use crate::rows::{self, AUDIT_SELECT, COMMENT_SELECT, TICKET_SELECT, USER_COLUMNS, USER_FROM};
        use crate::{Conn, Db, Row, Store, db_err};
        use $crate::async_trait::async_trait;
        use $crate::serde_json;
        use domain::CommentVisibility;
        use guard::Screened;
        use sqlx::Row as _;
        use sqlx::{AssertSqlSafe, QueryBuilder};
        use store::{*, Store as _};
        use time::OffsetDateTime;

        /// A ticket's identifiers (what the pivots and identifier search read),
        /// for a new ticket and for corrected fields alike.
        async fn insert_identifiers(
            conn: &mut Conn,
            id: i64,
            identifiers: &[(String, Screened)],
        ) -> Result<()> {
            let rows: Vec<(i64, &(String, Screened))> =
                identifiers.iter().map(|i| (id, i)).collect();
            insert_identifier_rows(conn, &rows).await
        }

        /// Identifiers of one ticket or of several, in one statement.
        async fn insert_identifier_rows(
            conn: &mut Conn,
            rows: &[(i64, &(String, Screened))],
        ) -> Result<()> {
            if rows.is_empty() {
                return Ok(());
            }
            let mut q =
                QueryBuilder::<Db>::new("INSERT INTO ticket_identifiers (ticket_id, key, value) ");
            q.push_values(rows, |mut row, (id, (key, value))| {
                row.push_bind(*id).push_bind(key).push_bind(value.as_str());
            });
            q.push(" ON CONFLICT DO NOTHING");
            q.build().execute(&mut *conn).await.map_err(db_err)?;
            Ok(())
        }

        /// A comment and the status change it brings, with their audit events, in
        /// the caller's transaction.
        pub(crate) async fn comment_on(
            tx: &mut Conn,
            c: &NewComment,
            now: OffsetDateTime,
        ) -> Result<Comment> {
            let Some(status) = lock_ticket(&mut *tx, c.ticket_id).await? else {
                return Err(StoreError::NotFound);
            };
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO comments (ticket_id, author_id, body, visibility, created_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(c.ticket_id)
            .bind(c.author_id)
            .bind(c.body.as_str())
            .bind(c.visibility.as_str())
            .bind(now.unix_timestamp())
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
            let action = match c.visibility {
                CommentVisibility::Public => "replied",
                CommentVisibility::Internal => "noted",
            };
            audit(
                tx,
                c.ticket_id,
                Some(c.author_id),
                action,
                serde_json::json!({ "comment_id": id }),
                now,
            )
            .await?;
            let new_status = c.new_status.map(|s| s.as_str()).filter(|s| *s != status);
            sqlx::query("UPDATE tickets SET status = COALESCE($1, status), updated_at = $2 WHERE id = $3")
                .bind(new_status)
                .bind(now.unix_timestamp())
                .bind(c.ticket_id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
            if let Some(s) = new_status {
                audit(
                    tx,
                    c.ticket_id,
                    Some(c.author_id),
                    "updated",
                    // Told with the reply, not as a status change of its own.
                    serde_json::json!({ "status": [status, s], "comment_id": id }),
                    now,
                )
                .await?;
            }
            let sql = format!("{COMMENT_SELECT} WHERE c.id = $1");
            let row = sqlx::query(AssertSqlSafe(sql))
                .bind(id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
            rows::comment(&row)
        }

        pub(crate) async fn audit(
            conn: &mut Conn,
            ticket_id: i64,
            actor_id: Option<i64>,
            action: &str,
            detail: serde_json::Value,
            now: OffsetDateTime,
        ) -> Result<()> {
            audit_all(conn, action, &[(ticket_id, actor_id, detail.to_string(), now)]).await
        }

        /// The same action on several tickets, each event with its actor,
        /// detail and time, in two statements whatever their number: a group
        /// of new tickets writes its "created" events at once.
        pub(crate) async fn audit_all(
            conn: &mut Conn,
            action: &str,
            events: &[(i64, Option<i64>, String, OffsetDateTime)],
        ) -> Result<()> {
            if events.is_empty() {
                return Ok(());
            }
            let mut q = QueryBuilder::<Db>::new(
                "INSERT INTO audit_events (ticket_id, actor_id, action, detail, at) ",
            );
            q.push_values(events, |mut row, (ticket_id, actor_id, detail, at)| {
                row.push_bind(*ticket_id)
                    .push_bind(*actor_id)
                    .push_bind(action)
                    .push_bind(detail)
                    .push_bind(at.unix_timestamp());
            });
            q.push(" RETURNING id");
            let ids: Vec<i64> = q
                .build_query_scalar()
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
            if NOTIFIED_ACTIONS.contains(&action) {
                let mut q = QueryBuilder::<Db>::new("INSERT INTO pending_notifications (event_id) ");
                q.push_values(&ids, |mut row, id| {
                    row.push_bind(*id);
                });
                q.build().execute(&mut *conn).await.map_err(db_err)?;
            }
            Ok(())
        }

        /// Locks a ticket's row for the rest of the transaction on PostgreSQL, so
        /// changes to one ticket (and the audit entries that describe them) happen
        /// one at a time, as they do behind SQLite's single writer. Returns the
        /// ticket's status, or None when it does not exist.
        pub(crate) async fn lock_ticket(conn: &mut Conn, id: i64) -> Result<Option<String>> {
            sqlx::query_scalar(AssertSqlSafe(format!(
                "SELECT status FROM tickets WHERE id = $1{FOR_UPDATE}"
            )))
                .bind(id)
                .fetch_optional(conn)
                .await
                .map_err(db_err)
        }

        fn push_filter(q: &mut QueryBuilder<Db>, f: &TicketFilter) {
            q.push(" WHERE 1=1");
            match &f.scope {
                Scope::All => {}
                Scope::Requester {
                    user_id,
                    shared_org_id,
                } => {
                    q.push(" AND (t.requester_id = ").push_bind(*user_id);
                    if let Some(org) = shared_org_id {
                        q.push(" OR t.org_id = ").push_bind(*org);
                    }
                    q.push(")");
                }
            }
            push_conditions(q, f);
        }

        /// ` AND …` for the statuses and the assignee a list or a view
        /// asks for (none: any).
        pub(crate) fn push_status_and_assignee(
            q: &mut QueryBuilder<Db>,
            statuses: &[domain::Status],
            assignee: &Option<AssigneeFilter>,
        ) {
            if !statuses.is_empty() {
                q.push(" AND t.status IN (");
                let mut sep = q.separated(", ");
                for s in statuses {
                    sep.push_bind(s.as_str());
                }
                q.push(")");
            }
            match assignee {
                Some(AssigneeFilter::Unassigned) => {
                    q.push(" AND t.assignee_id IS NULL");
                }
                Some(AssigneeFilter::User(id)) => {
                    q.push(" AND t.assignee_id = ").push_bind(*id);
                }
                None => {}
            }
        }

        /// The filter's conditions besides its scope, each as ` AND …`.
        fn push_conditions(q: &mut QueryBuilder<Db>, f: &TicketFilter) {
            push_status_and_assignee(q, &f.statuses, &f.assignee);
            if let Some((key, value)) = &f.identifier {
                q.push(" AND t.id IN (SELECT ticket_id FROM ticket_identifiers WHERE key = ")
                    .push_bind(key.clone())
                    .push(" AND value = ")
                    .push_bind(value.clone())
                    .push(")");
            }
            if let Some(text) = &f.text {
                let escaped = text
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                // Case-insensitive on both (PostgreSQL's ILIKE, beyond ASCII too).
                q.push(format!(" AND t.subject {LIKE} "))
                    .push_bind(format!("%{escaped}%"))
                    .push(" ESCAPE '\\'");
            }
        }

        /// The ids of one page of the filter's tickets whose `column` (a constant
        /// the caller names) is `value`, newest first.
        fn push_page_ids(
            q: &mut QueryBuilder<Db>,
            f: &TicketFilter,
            column: &'static str,
            value: i64,
            limit: i64,
        ) {
            q.push(format!("SELECT t.id FROM tickets t WHERE t.{column} = "))
                .push_bind(value);
            push_conditions(q, f);
            if let Some(before) = f.before_id {
                q.push(" AND t.id < ").push_bind(before);
            }
            q.push(" ORDER BY t.id DESC LIMIT ").push_bind(limit);
        }

        /// An organization with its client ids: they come along in one
        /// query (`CLIENT_IDS`), not two.
        pub(crate) fn org_select() -> String {
            format!("SELECT o.id, o.slug, o.name, o.shared, {CLIENT_IDS} AS client_ids FROM orgs o")
        }

        /// The request path's point reads, written once for both backends
        /// (`lookup_token_user`, `lookup_session_user`, `lookup_org` run
        /// them each their own way). `$1`, `$2` bind in order on both.
        pub(crate) fn token_user_select() -> String {
            format!(
                "SELECT {USER_COLUMNS}, k.last_used_at FROM api_tokens k JOIN users u ON u.id = k.user_id \
                 LEFT JOIN orgs o ON o.id = u.org_id WHERE k.token_hash = $1 AND k.revoked_at IS NULL"
            )
        }

        pub(crate) fn session_user_select() -> String {
            format!(
                "SELECT {USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id \
                 LEFT JOIN orgs o ON o.id = u.org_id WHERE s.id_hash = $1 AND s.expires_at > $2"
            )
        }

        pub(crate) fn org_by_id_select() -> String {
            format!("{} WHERE o.id = $1", org_select())
        }

        pub(crate) fn org(row: &Row) -> Result<Org> {
            Ok(Org {
                id: row.try_get("id").map_err(db_err)?,
                slug: row.try_get("slug").map_err(db_err)?,
                name: row.try_get("name").map_err(db_err)?,
                shared: row.try_get("shared").map_err(db_err)?,
                client_ids: client_ids(row)?,
            })
        }

        impl Store {
            async fn user_where_id(&self, id: i64) -> Result<Option<(User, Option<String>)>> {
                let sql =
                    format!("SELECT {USER_COLUMNS}, u.password_hash FROM {USER_FROM} WHERE u.id = $1");
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.map(|r| Ok((rows::user(&r)?, r.try_get("password_hash").map_err(db_err)?)))
                    .transpose()
            }

            pub(crate) async fn ticket_on(
                &self,
                conn: &mut Conn,
                id: i64,
            ) -> Result<Option<Ticket>> {
                let sql = format!("{TICKET_SELECT} WHERE t.id = $1");
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(conn)
                    .await
                    .map_err(db_err)?;
                row.as_ref().map(rows::ticket).transpose()
            }
        }

        #[async_trait]
        impl store::Store for Store {
            fn load(&self) -> store::StoreLoad {
                load(self)
            }

            async fn create_org(&self, org: NewOrg) -> Result<Org> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO orgs (slug, name, shared) VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(org.slug.as_str())
                .bind(org.name.as_str())
                .bind(org.shared)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| match db_err(e) {
                    StoreError::Conflict(_) => StoreError::Conflict("slug_taken"),
                    other => other,
                })?;
                for cid in &org.client_ids {
                    sqlx::query(
                        "INSERT INTO org_client_ids (org_id, client_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(cid.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)?;
                self.org_by_id(id).await?.ok_or(StoreError::NotFound)
            }

            async fn org_by_slug(&self, slug: &str) -> Result<Option<Org>> {
                let sql = format!("{} WHERE o.slug = $1", org_select());
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(slug)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.as_ref().map(org).transpose()
            }

            async fn org_by_id(&self, id: i64) -> Result<Option<Org>> {
                lookup_org(self, id).await
            }

            async fn create_user(&self, user: NewUser, now: OffsetDateTime) -> Result<User> {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO users (email, name, role, org_id, locale, password_hash, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(user.email.as_str())
                .bind(user.name.as_str())
                .bind(user.role.as_str())
                .bind(user.org_id)
                .bind(user.locale.as_str())
                .bind(&user.password_hash)
                .bind(now.unix_timestamp())
                .fetch_one(self.writes())
                .await
                .map_err(|e| match db_err(e) {
                    StoreError::Conflict(_) => StoreError::Conflict("email_taken"),
                    other => other,
                })?;
                let (user, _) = self.user_where_id(id).await?.ok_or(StoreError::NotFound)?;
                Ok(user)
            }

            async fn user_by_id(&self, id: i64) -> Result<Option<User>> {
                Ok(self.user_where_id(id).await?.map(|(u, _)| u))
            }

            async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
                Ok(self.credentials(email).await?.map(|(u, _)| u))
            }

            async fn credentials(&self, email: &str) -> Result<Option<(User, Option<String>)>> {
                let sql =
                    format!("SELECT {USER_COLUMNS}, u.password_hash FROM {USER_FROM} WHERE u.email = $1");
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(email.trim().to_lowercase())
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.map(|r| Ok((rows::user(&r)?, r.try_get("password_hash").map_err(db_err)?)))
                    .transpose()
            }

            async fn staff(&self) -> Result<Vec<User>> {
                let sql = format!(
                    "SELECT {USER_COLUMNS} FROM {USER_FROM} WHERE u.role IN ('agent', 'admin') ORDER BY u.name, u.id"
                );
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(rows::user).collect()
            }

            async fn count_users(&self) -> Result<i64> {
                sqlx::query_scalar("SELECT COUNT(*) FROM users")
                    .fetch_one(self.reads())
                    .await
                    .map_err(db_err)
            }

            async fn create_session(
                &self,
                id_hash: &str,
                user_id: i64,
                expires_at: OffsetDateTime,
            ) -> Result<()> {
                sqlx::query("INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)")
                    .bind(id_hash)
                    .bind(user_id)
                    .bind(expires_at.unix_timestamp())
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn session_user(&self, id_hash: &str, now: OffsetDateTime) -> Result<Option<User>> {
                lookup_session_user(self, id_hash, now).await
            }

            async fn delete_session(&self, id_hash: &str) -> Result<()> {
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(id_hash)
                    .execute(self.writes())
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn create_api_token(
                &self,
                user_id: i64,
                label: &Screened,
                token_hash: &str,
                now: OffsetDateTime,
            ) -> Result<ApiToken> {
                let label = label.as_str();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(user_id)
                .bind(label)
                .bind(token_hash)
                .bind(now.unix_timestamp())
                .fetch_one(self.writes())
                .await
                .map_err(db_err)?;
                Ok(ApiToken {
                    id,
                    user_id,
                    label: label.to_owned(),
                    created_at: now,
                    last_used_at: None,
                })
            }

            async fn api_token_user(&self, token_hash: &str, now: OffsetDateTime) -> Result<Option<User>> {
                let Some((user, last_used)) = lookup_token_user(self, token_hash).await? else {
                    return Ok(None);
                };
                let now = now.unix_timestamp();
                if last_used.is_none_or(|t| now - t >= TOKEN_LAST_USED_RESOLUTION_SECS) {
                    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                        .bind(now)
                        .bind(token_hash)
                        .execute(self.writes())
                        .await
                        .map_err(db_err)?;
                }
                Ok(Some(user))
            }

            async fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>> {
                let rows = sqlx::query(
                    "SELECT id, user_id, label, created_at, last_used_at FROM api_tokens \
                     WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id",
                )
                .bind(user_id)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                rows.iter()
                    .map(|r| {
                        Ok(ApiToken {
                            id: r.try_get("id").map_err(db_err)?,
                            user_id: r.try_get("user_id").map_err(db_err)?,
                            label: r.try_get("label").map_err(db_err)?,
                            created_at: rows::ts(r.try_get("created_at").map_err(db_err)?),
                            last_used_at: rows::opt_ts(r, "last_used_at")?,
                        })
                    })
                    .collect()
            }

            async fn revoke_api_token(&self, user_id: i64, token_id: i64) -> Result<()> {
                let done = sqlx::query(AssertSqlSafe(format!(
                    "UPDATE api_tokens SET revoked_at = {NOW} \
                     WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL"
                )))
                .bind(token_id)
                .bind(user_id)
                .execute(self.writes())
                .await
                .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    Err(StoreError::NotFound)
                } else {
                    Ok(())
                }
            }

            async fn rate_limit_hit(
                &self,
                key: &Screened,
                now: OffsetDateTime,
                window_secs: i64,
                max: i64,
            ) -> Result<RateDecision> {
                let key = key.as_str();
                let now = now.unix_timestamp();
                // One atomic statement, shared by every instance: start a new window
                // when the old one has passed, otherwise count the hit in it.
                let (start, hits): (i64, i64) = sqlx::query_as(
                    "INSERT INTO rate_limits AS r (bucket, window_start, hits) VALUES ($1, $2, 1) \
                     ON CONFLICT (bucket) DO UPDATE SET \
                       window_start = CASE WHEN r.window_start + $3 <= $2 THEN $2 ELSE r.window_start END, \
                       hits = CASE WHEN r.window_start + $3 <= $2 THEN 1 ELSE r.hits + 1 END \
                     RETURNING window_start, hits",
                )
                .bind(key)
                .bind(now)
                .bind(window_secs)
                .fetch_one(self.writes())
                .await
                .map_err(db_err)?;
                if hits > max {
                    Ok(RateDecision::Limited {
                        retry_after_secs: (start + window_secs - now).max(1),
                    })
                } else {
                    Ok(RateDecision::Allowed)
                }
            }

            async fn signin_failures(&self, buckets: &[Screened]) -> Result<Vec<Option<SigninFailures>>> {
                let mut conn = self.reads().acquire().await.map_err(db_err)?;
                let mut found = Vec::with_capacity(buckets.len());
                for bucket in buckets {
                    let row: Option<(i64, i64)> =
                        sqlx::query_as("SELECT failures, last_at FROM signin_failures WHERE bucket = $1")
                            .bind(bucket.as_str())
                            .fetch_optional(&mut *conn)
                            .await
                            .map_err(db_err)?;
                    found.push(row.map(|(count, last_at)| SigninFailures {
                        count,
                        last_at: crate::rows::ts(last_at),
                    }));
                }
                Ok(found)
            }

            async fn record_signin_failure(
                &self,
                buckets: &[Screened],
                now: OffsetDateTime,
                forget_after_secs: i64,
            ) -> Result<()> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                for bucket in buckets {
                    sqlx::query(
                        "INSERT INTO signin_failures AS f (bucket, failures, last_at) VALUES ($1, 1, $2) \
                         ON CONFLICT (bucket) DO UPDATE SET \
                           failures = CASE WHEN f.last_at + $3 < $2 THEN 1 ELSE f.failures + 1 END, last_at = $2",
                    )
                    .bind(bucket.as_str())
                    .bind(now.unix_timestamp())
                    .bind(forget_after_secs)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)
            }

            async fn clear_signin_failures(&self, buckets: &[Screened]) -> Result<()> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                for bucket in buckets {
                    sqlx::query("DELETE FROM signin_failures WHERE bucket = $1")
                        .bind(bucket.as_str())
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)
            }

            async fn create_ticket(&self, t: NewTicket, now: OffsetDateTime) -> Result<Ticket> {
                create_ticket(self, t, None, now).await
            }

            async fn create_ticket_scheduled(
                &self,
                t: NewTicket,
                schedule: &TicketSchedule,
                now: OffsetDateTime,
            ) -> Result<Ticket> {
                create_ticket(self, t, Some(schedule), now).await
            }

            async fn ticket(&self, id: i64) -> Result<Option<Ticket>> {
                let mut conn = self.reads().acquire().await.map_err(db_err)?;
                self.ticket_on(&mut conn, id).await
            }

            async fn ticket_by_submit_key(
                &self,
                requester_id: i64,
                submit_key: &str,
            ) -> Result<Option<Ticket>> {
                let sql = format!("{TICKET_SELECT} WHERE t.requester_id = $1 AND t.submit_key = $2");
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(requester_id)
                    .bind(submit_key)
                    .fetch_optional(self.reads())
                    .await
                    .map_err(db_err)?;
                row.as_ref().map(rows::ticket).transpose()
            }

            async fn list_tickets(&self, filter: &TicketFilter) -> Result<Vec<Ticket>> {
                let limit = filter.limit.clamp(1, 500);
                let mut q = QueryBuilder::<Db>::new(TICKET_SELECT);
                if let Scope::Requester {
                    user_id,
                    shared_org_id: Some(org),
                } = filter.scope
                {
                    // `requester_id = ? OR org_id = ?` would read and sort every
                    // ticket of a large organization: instead one page from each
                    // index, newest first, merged.
                    q.push(" WHERE t.id IN (SELECT id FROM (");
                    push_page_ids(&mut q, filter, "requester_id", user_id, limit);
                    q.push(") mine UNION SELECT id FROM (");
                    push_page_ids(&mut q, filter, "org_id", org, limit);
                    q.push(") shared)");
                } else {
                    push_filter(&mut q, filter);
                    if let Some(before) = filter.before_id {
                        q.push(" AND t.id < ").push_bind(before);
                    }
                }
                q.push(" ORDER BY t.id DESC LIMIT ").push_bind(limit);
                let rows = q.build().fetch_all(self.reads()).await.map_err(db_err)?;
                rows.iter().map(rows::ticket).collect()
            }

            async fn count_tickets(&self, filter: &TicketFilter) -> Result<i64> {
                let mut q = QueryBuilder::<Db>::new("SELECT COUNT(*) FROM tickets t");
                push_filter(&mut q, filter);
                q.build_query_scalar()
                    .fetch_one(self.reads())
                    .await
                    .map_err(db_err)
            }

            async fn update_ticket_fields(
                &self,
                id: i64,
                change: &FieldsChange,
                actor_id: i64,
                now: OffsetDateTime,
            ) -> Result<Ticket> {
                let fields = serde_json::to_string(&change.fields)
                    .map_err(|e| StoreError::Database(e.to_string()))?;
                let product = change.fields.get("product").and_then(|v| v.as_str());
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                if lock_ticket(&mut tx, id).await?.is_none() {
                    return Err(StoreError::NotFound);
                }
                sqlx::query(
                    "UPDATE tickets SET fields = $1, product = $2, error_signature = $3, \
                     updated_at = $4 WHERE id = $5",
                )
                .bind(&fields)
                .bind(product)
                .bind(change.error_signature.as_deref())
                .bind(now.unix_timestamp())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                sqlx::query("DELETE FROM ticket_identifiers WHERE ticket_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                insert_identifiers(&mut tx, id, &change.identifiers).await?;
                // The ticket's own row of the text index follows its fields.
                sqlx::query(REFRESH_TICKET_TEXT)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                audit(
                    &mut tx,
                    id,
                    Some(actor_id),
                    "fields_changed",
                    serde_json::json!({ "fields": change.changed }),
                    now,
                )
                .await?;
                let after = self
                    .ticket_on(&mut tx, id)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                tx.commit().await.map_err(db_err)?;
                Ok(after)
            }

            async fn update_ticket_with_sla(
                &self,
                id: i64,
                patch: &TicketPatch,
                sla_due: Option<SlaDue>,
                actor_id: i64,
                now: OffsetDateTime,
            ) -> Result<Ticket> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                if lock_ticket(&mut tx, id).await?.is_none() {
                    return Err(StoreError::NotFound);
                }
                let before = self
                    .ticket_on(&mut tx, id)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                let mut changes = serde_json::Map::new();
                if let Some(status) = patch.status.filter(|s| *s != before.status) {
                    changes.insert("status".into(), serde_json::json!([before.status, status]));
                }
                if let Some(priority) = patch.priority.filter(|p| *p != before.priority) {
                    changes.insert(
                        "priority".into(),
                        serde_json::json!([before.priority, priority]),
                    );
                }
                let old_assignee = before.assignee.as_ref().map(|a| a.id);
                if let Some(assignee) = patch.assignee_id.filter(|a| *a != old_assignee) {
                    if let Some(uid) = assignee {
                        let role: Option<String> =
                            sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
                                .bind(uid)
                                .fetch_optional(&mut *tx)
                                .await
                                .map_err(db_err)?;
                        if !matches!(role.as_deref(), Some("agent" | "admin")) {
                            return Err(StoreError::Conflict("assignee_not_staff"));
                        }
                    }
                    changes.insert(
                        "assignee_id".into(),
                        serde_json::json!([old_assignee, assignee]),
                    );
                }
                if changes.is_empty() {
                    return Ok(before);
                }
                sqlx::query(
                    "UPDATE tickets SET status = $1, priority = $2, assignee_id = $3, updated_at = $4, \
                     first_reply_due_at = COALESCE($5, first_reply_due_at), \
                     resolution_due_at = COALESCE($6, resolution_due_at) WHERE id = $7",
                )
                .bind(patch.status.unwrap_or(before.status).as_str())
                .bind(patch.priority.unwrap_or(before.priority).as_str())
                .bind(patch.assignee_id.unwrap_or(old_assignee))
                .bind(now.unix_timestamp())
                .bind(sla_due.map(|d| d.first_reply.unix_timestamp()))
                .bind(sla_due.map(|d| d.resolution.unix_timestamp()))
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                audit(
                    &mut tx,
                    id,
                    Some(actor_id),
                    "updated",
                    serde_json::Value::Object(changes),
                    now,
                )
                .await?;
                let after = self
                    .ticket_on(&mut tx, id)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                tx.commit().await.map_err(db_err)?;
                Ok(after)
            }

            async fn add_comment(&self, c: NewComment, now: OffsetDateTime) -> Result<Comment> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let comment = comment_on(&mut tx, &c, now).await?;
                tx.commit().await.map_err(db_err)?;
                Ok(comment)
            }

            async fn comments(&self, ticket_id: i64, include_internal: bool) -> Result<Vec<Comment>> {
                let filter = if include_internal {
                    ""
                } else {
                    " AND c.visibility = 'public'"
                };
                let sql = format!("{COMMENT_SELECT} WHERE c.ticket_id = $1{filter} ORDER BY c.id");
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .bind(ticket_id)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(rows::comment).collect()
            }

            async fn audit_log(&self, ticket_id: i64) -> Result<Vec<AuditEvent>> {
                let sql = format!("{AUDIT_SELECT} WHERE ticket_id = $1 ORDER BY id");
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .bind(ticket_id)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(rows::audit_event).collect()
            }

            async fn sealed_fields(&self, ticket_id: i64) -> Result<Vec<SealedField>> {
                let rows = sqlx::query(
                    "SELECT key, destroy_after, destroyed_at FROM sealed_values WHERE ticket_id = $1 ORDER BY id",
                )
                .bind(ticket_id)
                .fetch_all(self.reads())
                .await
                .map_err(db_err)?;
                rows.iter()
                    .map(|r| {
                        Ok(SealedField {
                            key: r.try_get("key").map_err(db_err)?,
                            destroy_after: rows::ts(r.try_get("destroy_after").map_err(db_err)?),
                            destroyed_at: rows::opt_ts(r, "destroyed_at")?,
                        })
                    })
                    .collect()
            }
        }
    };
}
