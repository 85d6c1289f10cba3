//! Organizations, users and reveal grants, as an administrator makes them
//! (from the command line or the API): every value parsed once here, names
//! screened like any kept text.

use crate::{AppError, text};
use domain::form::FieldErrorCode;
use domain::{ClientId, Email, Locale, OrgSlug, Role};
use store::{NewOrg, NewUser, Org, Store, User};
use time::OffsetDateTime;

/// An organization as typed.
#[derive(Debug, Clone)]
pub struct OrgInput {
    pub slug: String,
    pub name: String,
    /// Members see each other's requests.
    pub shared: bool,
    pub client_ids: Vec<String>,
}

pub async fn create_org(store: &dyn Store, input: &OrgInput) -> Result<Org, AppError> {
    let slug = OrgSlug::parse(&input.slug).map_err(|_| AppError::InvalidValue("slug"))?;
    let client_ids = input
        .client_ids
        .iter()
        .map(|c| ClientId::parse(c))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| AppError::field("client_ids", FieldErrorCode::InvalidClientId))?;
    let name = text::name("name", &input.name)?;
    Ok(store
        .create_org(NewOrg {
            slug,
            name,
            shared: input.shared,
            client_ids,
        })
        .await?)
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

pub async fn create_user(
    store: &dyn Store,
    input: UserInput,
    now: OffsetDateTime,
) -> Result<User, AppError> {
    let email = Email::parse(&input.email).map_err(|_| AppError::InvalidValue("email"))?;
    let org_id = match &input.org {
        Some(slug) => Some(
            store
                .org_by_slug(slug)
                .await?
                .ok_or(AppError::InvalidValue("org"))?
                .id,
        ),
        None => None,
    };
    let name = input
        .name
        .unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("").to_owned());
    let name = text::name("name", &name)?;
    Ok(store
        .create_user(
            NewUser {
                email,
                name,
                role: input.role,
                org_id,
                locale: input.locale,
                password_hash: input.password_hash,
            },
            now,
        )
        .await?)
}

/// Allows or stops a staff member revealing sealed values (each reveal is
/// audited); requesters can never be allowed.
pub async fn set_reveal(
    store: &dyn Store,
    user: &User,
    allowed: bool,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    if !user.role.is_staff() {
        return Err(AppError::Conflict("reveal_needs_staff"));
    }
    Ok(store.set_can_reveal(user.id, allowed, now).await?)
}
