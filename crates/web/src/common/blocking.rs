//! Work that holds a core — rendering Markdown, parsing mail, decoding and
//! reading files, hashing passwords — runs here, never on the async
//! workers: two such jobs on the workers of a two-core machine stop every
//! other request until they end.
//!
//! Each job waits at most `wait` for a place among `threads` (the cores)
//! and is answered 503 `busy` with `Retry-After` when none frees up, so a
//! burst of slow work is refused rather than queued without end. Password
//! hashing has its own smaller lane: argon2id takes 19 MiB and tens of
//! milliseconds per call, and a sign-in storm must not starve previews or
//! uploads (nor they sign-ins). Each job has a deadline; a job past it is
//! answered `busy` too. The thread cannot be stopped, so it keeps its place
//! until it ends: the count of places stays true to the cores in use.

use crate::error::ApiError;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// What `Retry-After` says when the pool is full.
const RETRY_AFTER_SECS: i64 = 2;

/// The kind of work, which picks the lane and the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// Markdown to HTML and its screening, parsing a mail message:
    /// milliseconds for any input once nesting is capped.
    Render,
    /// Decoding, cleaning and reading uploads (OCR, document text). The
    /// external readers have their own limits (`files::Limits`: 120 s of
    /// OCR per file), so this deadline only catches what those miss.
    Files,
    /// argon2id hashing or verification.
    Password,
}

impl Job {
    fn deadline(self) -> Duration {
        match self {
            Job::Render | Job::Password => Duration::from_secs(20),
            Job::Files => Duration::from_secs(600),
        }
    }
}

/// The bounded pool every face uses for blocking work (one per `AppState`).
#[derive(Debug, Clone)]
pub struct Blocking {
    cpu: Arc<Semaphore>,
    passwords: Arc<Semaphore>,
    wait: Duration,
}

impl Blocking {
    /// `threads` jobs at once (0: one per core), password hashes in half as
    /// many; a job waits at most `wait` for its turn.
    pub fn new(threads: usize, wait: Duration) -> Self {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(2, usize::from)
        } else {
            threads
        };
        Blocking {
            cpu: Arc::new(Semaphore::new(threads)),
            passwords: Arc::new(Semaphore::new(threads.div_ceil(2))),
            wait,
        }
    }

    /// The pool `settings` ask for.
    pub fn for_settings(settings: &crate::Settings) -> Self {
        Self::new(
            settings.blocking_threads,
            Duration::from_millis(settings.blocking_wait_ms),
        )
    }

    /// Runs `f` on a blocking thread once a place is free; `busy` when none
    /// frees up within the wait or the job passes its deadline.
    pub async fn run<T, F>(&self, job: Job, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let busy = ApiError::Busy {
            retry_after_secs: RETRY_AFTER_SECS,
        };
        let lane = match job {
            Job::Password => &self.passwords,
            Job::Render | Job::Files => &self.cpu,
        };
        let permit = match tokio::time::timeout(self.wait, lane.clone().acquire_owned()).await {
            Ok(Ok(permit)) => permit,
            // Never closed; a closed lane would be a bug, not a busy server.
            Ok(Err(_)) => return Err(ApiError::Internal),
            Err(_) => {
                tracing::warn!(?job, "blocking pool full");
                return Err(busy);
            }
        };
        let task = tokio::task::spawn_blocking(move || {
            let _place = permit;
            f()
        });
        match tokio::time::timeout(job.deadline(), task).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(panicked)) => {
                tracing::error!(?job, error = %panicked, "blocking job panicked");
                Err(ApiError::Internal)
            }
            Err(_) => {
                tracing::warn!(?job, "blocking job passed its deadline");
                Err(busy)
            }
        }
    }
}

/// Where `app::attachments` reads files: the files lane, with its wait and
/// deadline (a full lane is `busy`, as for every other blocking job).
#[async_trait::async_trait]
impl app::attachments::Pool for Blocking {
    async fn read_files<T: Send + 'static>(
        &self,
        job: Box<dyn FnOnce() -> T + Send>,
    ) -> Result<T, app::AppError> {
        self.run(Job::Files, job).await.map_err(|e| match e {
            ApiError::Busy { retry_after_secs } => app::AppError::Busy { retry_after_secs },
            _ => app::AppError::Internal,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_pool_answers_busy_after_the_wait() {
        let pool = Blocking::new(1, Duration::from_millis(50));
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let held = {
            let pool = pool.clone();
            tokio::spawn(async move { pool.run(Job::Render, move || rx.recv()).await })
        };
        // Until the first job holds its place, the second might take it.
        while pool.cpu.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let second = pool.run(Job::Render, || 1).await;
        assert!(matches!(second, Err(ApiError::Busy { .. })), "{second:?}");
        // Passwords have their own lane.
        assert_eq!(pool.run(Job::Password, || 2).await.unwrap(), 2);
        tx.send(()).unwrap();
        held.await.unwrap().unwrap().unwrap();
        assert_eq!(pool.run(Job::Render, || 3).await.unwrap(), 3);
    }
}
