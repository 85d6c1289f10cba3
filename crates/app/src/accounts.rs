//! Organizations, users and reveal grants, as an administrator makes them
//! (from the command line or the API): every value parsed once here, names
//! screened like any kept text.

use crate::{AppError, Desk, text};
use domain::form::FieldErrorCode;
use domain::{ClientId, Email, Locale, OrgSlug, Role};
use store::{NewOrg, NewUser, Org, OrgChange, Store, User, UserChange};

/// An organization as typed.
#[derive(Debug, Clone)]
pub struct OrgInput {
    pub slug: String,
    pub name: String,
    /// Members see each other's requests.
    pub shared: bool,
    pub client_ids: Vec<String>,
}

fn client_ids(typed: &[String]) -> Result<Vec<ClientId>, AppError> {
    typed
        .iter()
        .map(|c| ClientId::parse(c.trim()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| AppError::field("client_ids", FieldErrorCode::InvalidClientId))
}

pub async fn create_org(desk: &Desk, input: &OrgInput) -> Result<Org, AppError> {
    let slug = OrgSlug::parse(&input.slug).map_err(|_| AppError::InvalidValue("slug"))?;
    let client_ids = client_ids(&input.client_ids)?;
    let name = text::name("name", &input.name)?;
    Ok(desk
        .store
        .create_org(NewOrg {
            slug,
            name,
            shared: input.shared,
            client_ids,
        })
        .await?)
}

/// An organization's new name, sharing and client ids, as typed. The
/// slug is the organization's name for programs and does not change.
#[derive(Debug, Clone)]
pub struct OrgEdit {
    pub name: String,
    pub shared: bool,
    /// The whole list; ids left out are removed.
    pub client_ids: Vec<String>,
}

pub async fn update_org(desk: &Desk, slug: &str, edit: &OrgEdit) -> Result<Org, AppError> {
    let org = desk
        .store
        .org_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let change = OrgChange {
        name: text::name("name", &edit.name)?,
        shared: edit.shared,
        client_ids: client_ids(&edit.client_ids)?,
    };
    Ok(desk.store.update_org(org.id, change).await?)
}

/// A user's new name, role, organization and language, as typed.
#[derive(Debug, Clone)]
pub struct UserEdit {
    pub name: String,
    pub role: Role,
    /// The organization's slug; None takes the user out of any.
    pub org: Option<String>,
    pub locale: Locale,
}

/// The user a path names (`/users/{id}`): a malformed id names no one.
pub async fn user_at(desk: &Desk, id: &str) -> Result<User, AppError> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    desk.store.user_by_id(id).await?.ok_or(AppError::NotFound)
}

/// Changes a user on an administrator's word. An administrator cannot
/// change their own role: the desk would be left without one by mistake.
pub async fn update_user(
    desk: &Desk,
    by: &User,
    id: i64,
    edit: &UserEdit,
) -> Result<User, AppError> {
    let user = desk.store.user_by_id(id).await?.ok_or(AppError::NotFound)?;
    if user.id == by.id && edit.role != user.role {
        return Err(AppError::Conflict("own_role"));
    }
    let org_id = org_id(desk.store.as_ref(), edit.org.as_deref()).await?;
    let change = UserChange {
        name: text::name("name", &edit.name)?,
        role: edit.role,
        org_id,
        locale: edit.locale,
    };
    Ok(desk.store.update_user(user.id, change).await?)
}

/// The id of the organization a slug names; an unknown slug is an invalid
/// value, an empty one means none.
async fn org_id(store: &dyn Store, slug: Option<&str>) -> Result<Option<i64>, AppError> {
    match slug.map(str::trim).filter(|s| !s.is_empty()) {
        Some(slug) => Ok(Some(
            store
                .org_by_slug(slug)
                .await?
                .ok_or(AppError::InvalidValue("org"))?
                .id,
        )),
        None => Ok(None),
    }
}

/// A user as typed; the password, if any, already hashed by the caller
/// (hashing is slow work its caller schedules).
#[derive(Debug, Clone)]
pub struct UserInput {
    pub email: String,
    /// The part of the address before `@` when none is given.
    pub name: Option<String>,
    pub role: Role,
    /// The organization's slug.
    pub org: Option<String>,
    pub locale: Locale,
    pub password_hash: Option<String>,
}

pub async fn create_user(desk: &Desk, input: UserInput) -> Result<User, AppError> {
    let email = Email::parse(&input.email).map_err(|_| AppError::InvalidValue("email"))?;
    let org_id = org_id(desk.store.as_ref(), input.org.as_deref()).await?;
    let name = input
        .name
        .unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("").to_owned());
    let name = text::name("name", &name)?;
    Ok(desk
        .store
        .create_user(
            NewUser {
                email,
                name,
                role: input.role,
                org_id,
                locale: input.locale,
                password_hash: input.password_hash,
            },
            desk.now(),
        )
        .await?)
}

/// Allows or stops a staff member revealing sealed values (each reveal is
/// audited); requesters can never be allowed.
pub async fn set_reveal(desk: &Desk, user: &User, allowed: bool) -> Result<(), AppError> {
    if !user.role.is_staff() {
        return Err(AppError::Conflict("reveal_needs_staff"));
    }
    Ok(desk
        .store
        .set_can_reveal(user.id, allowed, desk.now())
        .await?)
}

/// A person signs up as a requester: the name already screened, the
/// password already hashed (slow work the caller schedules). An address
/// already taken is `Conflict`.
pub async fn sign_up(desk: &Desk, user: NewUser) -> Result<User, AppError> {
    if user.role != Role::Requester {
        return Err(AppError::Forbidden);
    }
    Ok(desk.store.create_user(user, desk.now()).await?)
}
