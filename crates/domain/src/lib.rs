//! Sportello's domain: the words the product speaks (users, organizations,
//! tickets, forms) and the rules that hold whatever stores or serves them.
//!
//! Pure: no IO, no async, no web or SQL types. Input is parsed once into the
//! newtypes here; everything past the edge works with already-valid values.

pub mod account;
pub mod form;
pub mod permissions;
pub mod search;
pub mod ticket;

pub use account::{ClientId, Email, Locale, OrgSlug, Role};
pub use ticket::{CommentVisibility, Priority, Status};
pub mod clustering;
mod common_passwords;
pub mod macros;
pub mod sla;
