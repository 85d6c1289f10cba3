/// `PeopleStore`, the same on both backends. Expanded in each backend's
/// `people` module; uses `store_impl`'s `org_select` and `org`.
#[macro_export]
macro_rules! people {
    () => {
        use crate::rows::{self, USER_COLUMNS, USER_FROM};
        use crate::store_impl::{org, org_select};
        use crate::{Store, db_err};
        use sqlx::AssertSqlSafe;
        use store::*;
        use $crate::async_trait::async_trait;

        #[async_trait]
        impl PeopleStore for Store {
            async fn list_orgs(&self, after: i64, limit: i64) -> Result<Vec<Org>> {
                let sql = format!("{} WHERE o.id > $1 ORDER BY o.id LIMIT $2", org_select());
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .bind(after)
                    .bind(limit)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(org).collect()
            }

            async fn update_org(&self, id: i64, change: OrgChange) -> Result<Org> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let updated = sqlx::query("UPDATE orgs SET name = $1, shared = $2 WHERE id = $3")
                    .bind(change.name.as_str())
                    .bind(change.shared)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                if updated.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                sqlx::query("DELETE FROM org_client_ids WHERE org_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                for cid in &change.client_ids {
                    sqlx::query(
                        "INSERT INTO org_client_ids (org_id, client_id) VALUES ($1, $2) \
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(cid.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                }
                let sql = format!("{} WHERE o.id = $1", org_select());
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let changed = org(&row)?;
                tx.commit().await.map_err(db_err)?;
                Ok(changed)
            }

            async fn list_users(
                &self,
                filter: UserFilter,
                after: i64,
                limit: i64,
            ) -> Result<Vec<User>> {
                // Unset filters match every row, so one statement serves
                // each case.
                let sql = format!(
                    "SELECT {USER_COLUMNS} FROM {USER_FROM} \
                     WHERE u.id > $1 AND ($2 IS NULL OR u.org_id = $2) \
                     AND ($3 IS NULL OR u.role = $3) \
                     ORDER BY u.id LIMIT $4"
                );
                let rows = sqlx::query(AssertSqlSafe(sql))
                    .bind(after)
                    .bind(filter.org_id)
                    .bind(filter.role.map(|r| r.as_str()))
                    .bind(limit)
                    .fetch_all(self.reads())
                    .await
                    .map_err(db_err)?;
                rows.iter().map(rows::user).collect()
            }

            async fn update_user(&self, id: i64, change: UserChange) -> Result<User> {
                let mut tx = self.writes().begin().await.map_err(db_err)?;
                let updated = sqlx::query(
                    "UPDATE users SET name = $1, role = $2, org_id = $3, locale = $4 WHERE id = $5",
                )
                .bind(change.name.as_str())
                .bind(change.role.as_str())
                .bind(change.org_id)
                .bind(change.locale.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                if updated.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                let sql = format!("SELECT {USER_COLUMNS} FROM {USER_FROM} WHERE u.id = $1");
                let row = sqlx::query(AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let user = rows::user(&row)?;
                tx.commit().await.map_err(db_err)?;
                Ok(user)
            }
        }
    };
}
