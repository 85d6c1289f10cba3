use crate::rows::{self, USER_COLUMNS, USER_FROM};
use crate::{SqliteStore, db_err};
use async_trait::async_trait;
use sqlx::{AssertSqlSafe, Row};
use store::*;

/// An organization with its client ids as a JSON array: one query a page.
const ORG_SELECT: &str = "SELECT o.id, o.slug, o.name, o.shared, \
     (SELECT json_group_array(client_id) FROM \
       (SELECT client_id FROM org_client_ids WHERE org_id = o.id ORDER BY client_id)) AS client_ids \
     FROM orgs o";

fn org(row: &sqlx::sqlite::SqliteRow) -> Result<Org> {
    let client_ids: &str = row.try_get("client_ids").map_err(db_err)?;
    Ok(Org {
        id: row.try_get("id").map_err(db_err)?,
        slug: row.try_get("slug").map_err(db_err)?,
        name: row.try_get("name").map_err(db_err)?,
        shared: row.try_get::<i64, _>("shared").map_err(db_err)? != 0,
        client_ids: serde_json::from_str(client_ids)
            .map_err(|e| StoreError::Database(e.to_string()))?,
    })
}

#[async_trait]
impl PeopleStore for SqliteStore {
    async fn list_orgs(&self, after: i64, limit: i64) -> Result<Vec<Org>> {
        let sql = format!("{ORG_SELECT} WHERE o.id > ? ORDER BY o.id LIMIT ?");
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(after)
            .bind(limit)
            .fetch_all(&self.read)
            .await
            .map_err(db_err)?;
        rows.iter().map(org).collect()
    }

    async fn update_org(&self, id: i64, change: OrgChange) -> Result<Org> {
        let mut tx = self.write.begin().await.map_err(db_err)?;
        let updated = sqlx::query("UPDATE orgs SET name = ?, shared = ? WHERE id = ?")
            .bind(change.name.as_str())
            .bind(change.shared as i64)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM org_client_ids WHERE org_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        for cid in &change.client_ids {
            sqlx::query("INSERT OR IGNORE INTO org_client_ids (org_id, client_id) VALUES (?, ?)")
                .bind(id)
                .bind(cid.as_str())
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        let sql = format!("{ORG_SELECT} WHERE o.id = ?");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        let org = org(&row)?;
        tx.commit().await.map_err(db_err)?;
        Ok(org)
    }

    async fn list_users(&self, filter: UserFilter, after: i64, limit: i64) -> Result<Vec<User>> {
        // Unset filters match every row, so one statement serves each case.
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM {USER_FROM} \
             WHERE u.id > ? AND (? IS NULL OR u.org_id = ?) AND (? IS NULL OR u.role = ?) \
             ORDER BY u.id LIMIT ?"
        );
        let role = filter.role.map(|r| r.as_str());
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(after)
            .bind(filter.org_id)
            .bind(filter.org_id)
            .bind(role)
            .bind(role)
            .bind(limit)
            .fetch_all(&self.read)
            .await
            .map_err(db_err)?;
        rows.iter().map(rows::user).collect()
    }

    async fn update_user(&self, id: i64, change: UserChange) -> Result<User> {
        let mut tx = self.write.begin().await.map_err(db_err)?;
        let updated =
            sqlx::query("UPDATE users SET name = ?, role = ?, org_id = ?, locale = ? WHERE id = ?")
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
        let sql = format!("SELECT {USER_COLUMNS} FROM {USER_FROM} WHERE u.id = ?");
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
