//! Administrators' lists and edits of organizations and users. Lists are
//! keyset pages in id order, so a page costs the same wherever it starts.

use crate::{Org, Result, User};
use async_trait::async_trait;
use domain::{ClientId, Locale, Role};
use guard::Screened;

/// What an administrator may change about an organization. The slug stays:
/// it is how programs and the command line name the organization.
#[derive(Debug, Clone)]
pub struct OrgChange {
    pub name: Screened,
    pub shared: bool,
    /// The whole new list: client ids not in it are removed.
    pub client_ids: Vec<ClientId>,
}

/// What an administrator may change about a user. The address stays (it
/// is the sign-in name); the password is the user's own business.
#[derive(Debug, Clone)]
pub struct UserChange {
    pub name: Screened,
    pub role: Role,
    pub org_id: Option<i64>,
    pub locale: Locale,
}

/// Which users a list holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct UserFilter {
    pub org_id: Option<i64>,
    pub role: Option<Role>,
}

#[async_trait]
pub trait PeopleStore: Send + Sync {
    /// Organizations with ids above `after`, in id order, at most `limit`.
    async fn list_orgs(&self, after: i64, limit: i64) -> Result<Vec<Org>>;
    /// Replaces an organization's name, sharing and client ids in one
    /// transaction. NotFound when there is no such organization.
    async fn update_org(&self, id: i64, change: OrgChange) -> Result<Org>;
    /// Users matching `filter` with ids above `after`, in id order, at
    /// most `limit`.
    async fn list_users(&self, filter: UserFilter, after: i64, limit: i64) -> Result<Vec<User>>;
    /// Replaces a user's name, role, organization and language. NotFound
    /// when there is no such user.
    async fn update_user(&self, id: i64, change: UserChange) -> Result<User>;
}
