//! Files on a request or a reply, however they came (the API, the ticket
//! pages' upload forms, the new-request form, inbound mail): each one is
//! cleaned the way it will be kept (`files::clean`: its type told by its
//! bytes, images re-encoded, HAR files sanitized, the text of documents
//! and what OCR reads in pictures passed through the guard), then its
//! cleaned name is screened, and only then stored. Nothing of an upload is
//! stored unless every file passes.
//!
//! Reading a file holds a core for up to minutes (OCR, PDFs), so it runs
//! where the face runs blocking work (`Pool`, its bounded pool).

use crate::{AppError, Desk};
use domain::form::FieldErrorCode;
use files::{FileError, Limits};
use guard::Screened;
use sha2::{Digest, Sha256};
use store::{Attachment, NewAttachment, StoreError, Ticket, User};

/// A file as received, before cleaning.
#[derive(Debug, Clone)]
pub struct RawFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What an upload carries to one ticket.
#[derive(Debug, Default)]
pub struct Upload {
    pub files: Vec<RawFile>,
    /// Redact what the guard finds in a text file instead of refusing it.
    pub redact: bool,
    /// One of the uploader's comments on the ticket, to attach the files to.
    pub comment_id: Option<i64>,
}

/// Where blocking work runs: the face's bounded pool. `Busy` when no place
/// frees up in time, `Internal` when the work itself failed.
#[async_trait::async_trait]
pub trait Pool: Send + Sync {
    async fn read_files<T: Send + 'static>(
        &self,
        job: Box<dyn FnOnce() -> T + Send>,
    ) -> Result<T, AppError>;
}

/// A file refused, as the application says it: the stable code of what
/// was wrong, or the guard's findings (for a screenshot with the boxes of
/// the words found, in the stored image's pixels, for the redactor).
fn refusal(e: FileError) -> AppError {
    match e {
        FileError::UnsupportedType => AppError::Refused("file_type_not_allowed"),
        FileError::BadImage | FileError::OcrFailed => AppError::Refused("image_unreadable"),
        FileError::ImageTooLarge => AppError::TooLarge("image_too_large"),
        FileError::InvalidHar => AppError::Refused("har_invalid"),
        FileError::DocumentUnreadable => AppError::Refused("document_unreadable"),
        FileError::NoTextLayer => AppError::Refused("document_without_text"),
        FileError::DocumentTooLarge => AppError::TooLarge("document_too_large"),
        FileError::Sensitive { found, boxes } => {
            // Offsets into the text screened: the file's, or what was read
            // from a document or a screenshot.
            let findings = found
                .into_iter()
                .map(|f| crate::screening::FieldFinding {
                    field: "file".into(),
                    kind: f.kind,
                    start: f.start,
                    end: f.end,
                })
                .collect();
            if boxes.is_empty() {
                AppError::findings(findings)
            } else {
                AppError::SensitiveFile { findings, boxes }
            }
        }
    }
}

/// A file ready to keep: cleaned, and its cleaned name screened.
struct Ready {
    cleaned: files::Cleaned,
    name: Screened,
}

/// Cleans each file, then screens its cleaned name (the kept one: the
/// guard sees it last). Blocking; the first refusal refuses them all.
fn prepare(files: &[RawFile], redact: bool) -> Result<Vec<Ready>, AppError> {
    let limits = Limits::default();
    files
        .iter()
        .map(|f| {
            if f.bytes.is_empty() {
                return Err(AppError::Refused("file_empty"));
            }
            let mut cleaned = files::clean(&f.bytes, &f.name, redact, &limits).map_err(refusal)?;
            let name =
                crate::text::screen("filename", std::mem::take(&mut cleaned.filename), redact)?;
            Ok(Ready { cleaned, name })
        })
        .collect()
}

/// Cleans, screens and stores every file of `upload` on `ticket`, which
/// `user` may see (the caller found it with `tickets::visible`). A
/// requester cannot add files to a closed ticket; `comment_id` must be one
/// of the user's comments there. Nothing is stored unless every file passes.
pub async fn attach(
    desk: &Desk,
    pool: &impl Pool,
    user: &User,
    ticket: &Ticket,
    upload: Upload,
) -> Result<Vec<Attachment>, AppError> {
    if upload.files.is_empty() {
        return Err(AppError::field("file", FieldErrorCode::Required));
    }
    if !user.role.is_staff() && !ticket.status.accepts_requester_replies() {
        return Err(AppError::Conflict("ticket_closed"));
    }
    if let Some(cid) = upload.comment_id {
        let comments = desk.store.comments(ticket.id, user.role.is_staff()).await?;
        if !comments
            .iter()
            .any(|c| c.id == cid && c.author.id == user.id)
        {
            return Err(AppError::InvalidValue("comment_id"));
        }
    }
    let (files, redact) = (upload.files, upload.redact);
    let ready = pool
        .read_files(Box::new(move || prepare(&files, redact)))
        .await??;
    let per_message = desk.settings.max_attachments_per_message;
    let mut out = Vec::new();
    for Ready { cleaned, name } in ready {
        let sha = hex::encode(Sha256::digest(&cleaned.data));
        let new = NewAttachment {
            ticket_id: ticket.id,
            comment_id: upload.comment_id,
            uploader_id: user.id,
            filename: name,
            content_type: cleaned.content_type.to_owned(),
            removed: serde_json::to_value(&cleaned.removed).unwrap_or(serde_json::Value::Null),
            data: cleaned.data,
        };
        let stored = desk
            .store
            .add_attachment(new, &sha, per_message, desk.now())
            .await
            .map_err(|e| match e {
                // Past the files one message may carry: a limit, as when
                // the upload itself carried too many.
                StoreError::Conflict("too_many_files") => AppError::TooLarge("too_many_files"),
                other => other.into(),
            })?;
        out.push(stored);
    }
    Ok(out)
}

/// Reads the files sent with a new request before anything is filed, so a
/// refused file refuses the whole submission: the refusal of the first
/// file refused, in the order sent, if any (the page words it). Every
/// file is read; they are read again when `attach` stores them.
pub async fn check(
    pool: &impl Pool,
    files: &[RawFile],
    redact: bool,
) -> Result<Option<FileError>, AppError> {
    let files = files.to_vec();
    pool.read_files(Box::new(move || {
        let limits = Limits::default();
        files
            .iter()
            .map(|f| files::clean(&f.bytes, &f.name, redact, &limits).err())
            .collect::<Vec<_>>()
    }))
    .await
    .map(|verdicts| verdicts.into_iter().flatten().next())
}

/// A ticket's attachments `user` may see (the caller checked the ticket
/// with `tickets::visible`): files on internal notes reach staff only.
pub async fn visible(
    desk: &Desk,
    user: &User,
    ticket_id: i64,
) -> Result<Vec<Attachment>, AppError> {
    let all = desk.store.attachments(ticket_id).await?;
    if user.role.is_staff() {
        return Ok(all);
    }
    let public = desk.store.comments(ticket_id, false).await?;
    Ok(all
        .into_iter()
        .filter(|a| {
            a.comment_id
                .is_none_or(|c| public.iter().any(|p| p.id == c))
        })
        .collect())
}

/// An attachment and its bytes, for `user`: authorized as its ticket is,
/// and files on internal notes for staff only; anything else is "not
/// found", exactly like an attachment that does not exist.
pub async fn download(
    desk: &Desk,
    user: &User,
    id: i64,
) -> Result<(Attachment, Vec<u8>), AppError> {
    let meta = desk.store.attachment(id).await?.ok_or(AppError::NotFound)?;
    crate::tickets::visible(desk, user, meta.ticket_id).await?;
    if !visible(desk, user, meta.ticket_id)
        .await?
        .iter()
        .any(|a| a.id == id)
    {
        return Err(AppError::NotFound);
    }
    desk.store
        .attachment_data(id)
        .await?
        .ok_or(AppError::NotFound)
}
