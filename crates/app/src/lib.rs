//! The application layer: where what a person typed is normalized and
//! screened, and the use cases that keep it (`tickets`: seeing, replying,
//! changing; `submission`: filing a request's fields).
//!
//! Nothing here knows HTTP: the faces in `web` parse the wire shape, call
//! in here, and map [`AppError`] to their answers in one place. Every value
//! that reaches the store as person-typed text is a [`guard::Screened`],
//! and the functions that make one do all their changes to the value
//! (trimming, removing NUL, folding line breaks, cleaning a file name,
//! rendering Markdown) *before* the guard sees it: the value the guard saw
//! is the value that is kept.

pub mod accounts;
pub mod article;
pub mod attachments;
pub mod clock;
pub mod debug_ids;
mod desk;
mod error;
pub mod filing;
pub mod help;
pub mod keys;
pub mod mail;
pub mod password_reset;
pub mod purge;
pub mod screening;
pub mod seal;
pub mod signin;
pub mod submission;
pub mod text;
pub mod tickets;
pub mod tokens;
pub mod workspace;

pub use clock::{Clock, FixedClock, SystemClock};
pub use desk::{Desk, DeskSettings, News, NoNews};
pub use error::AppError;
