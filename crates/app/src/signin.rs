//! Sign-in that cannot be turned against its owner.
//!
//! A fixed lockout ("ten failures and the account is closed for fifteen
//! minutes") lets anyone who knows an e-mail address keep its owner out.
//! Instead, failed sign-ins are counted in three buckets and each bucket
//! asks for a pause before the next attempt that doubles with every failure
//! past its free allowance:
//!
//! - **account and address**: a guesser at one address, against one
//!   account. Small allowance, long pauses.
//! - **address**: a guesser at one address trying many accounts. Larger
//!   allowance (offices and proxies put many people behind one address),
//!   long pauses.
//! - **account**: guesses spread over many addresses. Large allowance and
//!   pauses of at most a minute, so the owner, signing in from their own
//!   address, waits a minute at worst.
//!
//! A success clears the account's buckets (not the address's: a guesser
//! with an account of their own could otherwise clear their address by
//! signing in to it). Bucket keys are hashes: the e-mail box may hold a
//! password typed into the wrong box.

use crate::{AppError, keys};
use guard::Screened;
use std::net::IpAddr;
use store::{SigninFailures, Store};
use time::OffsetDateTime;

/// The deployment's knobs.
#[derive(Debug, Clone, Copy)]
pub struct Throttle {
    /// Failures of one account from one address before pauses start.
    pub free_failures: i64,
    /// The longest pause, in seconds.
    pub max_delay_secs: i64,
}

impl Default for Throttle {
    fn default() -> Self {
        Throttle {
            free_failures: 5,
            max_delay_secs: 15 * 60,
        }
    }
}

/// How many times the pair's allowance one address gets.
const ADDRESS_FACTOR: i64 = 5;
/// How many times the pair's allowance one account gets, over all addresses.
const ACCOUNT_FACTOR: i64 = 4;
/// The account bucket's longest pause: what an attacker can cost the owner.
const ACCOUNT_MAX_DELAY_SECS: i64 = 60;
/// Failures are forgotten an hour after the last one, so an office behind
/// one address that mistypes now and then never reaches the long pauses.
const FORGET_AFTER_SECS: i64 = 3600;

/// The pause, in seconds, that `failures` past `free` ask for: none within
/// the allowance, then 1, 2, 4, … seconds up to `cap`.
pub fn delay_secs(failures: i64, free: i64, cap: i64) -> i64 {
    if failures < free {
        return 0;
    }
    let doublings = (failures - free).min(62) as u32;
    2_i64.saturating_pow(doublings).min(cap)
}

#[derive(Debug)]
struct Bucket {
    key: Screened,
    free: i64,
    cap: i64,
    cleared_by_success: bool,
}

/// One sign-in attempt's buckets.
#[derive(Debug)]
pub struct Attempt {
    buckets: Vec<Bucket>,
}

impl Attempt {
    /// `email` as typed (lower-cased by the caller); `addr` the client's
    /// address when known.
    pub fn new(throttle: Throttle, email: &str, addr: Option<IpAddr>) -> Attempt {
        let free = throttle.free_failures.max(1);
        let cap = throttle.max_delay_secs.max(1);
        let mut buckets = vec![Bucket {
            key: keys::hashed("signin:account", email),
            free: free.saturating_mul(ACCOUNT_FACTOR),
            cap: cap.min(ACCOUNT_MAX_DELAY_SECS),
            cleared_by_success: true,
        }];
        if let Some(ip) = addr {
            buckets.push(Bucket {
                key: keys::hashed("signin:pair", &format!("{email}\u{0}{ip}")),
                free,
                cap,
                cleared_by_success: true,
            });
            buckets.push(Bucket {
                key: keys::hashed("signin:addr", &ip.to_string()),
                free: free.saturating_mul(ADDRESS_FACTOR),
                cap,
                cleared_by_success: false,
            });
        }
        Attempt { buckets }
    }

    fn keys(&self) -> Vec<Screened> {
        self.buckets.iter().map(|b| b.key.clone()).collect()
    }

    /// Refuses with the longest pause any bucket still asks for. A refused
    /// attempt is not checked and not counted.
    pub async fn check(&self, store: &dyn Store, now: OffsetDateTime) -> Result<(), AppError> {
        let found = store.signin_failures(&self.keys()).await?;
        let wait = self
            .buckets
            .iter()
            .zip(found)
            .filter_map(|(b, f)| f.map(|f| remaining(b, f, now)))
            .max()
            .unwrap_or(0);
        if wait > 0 {
            return Err(AppError::RateLimited {
                retry_after_secs: wait,
            });
        }
        Ok(())
    }

    pub async fn failed(&self, store: &dyn Store, now: OffsetDateTime) -> Result<(), AppError> {
        Ok(store
            .record_signin_failure(&self.keys(), now, FORGET_AFTER_SECS)
            .await?)
    }

    pub async fn succeeded(&self, store: &dyn Store) -> Result<(), AppError> {
        let cleared: Vec<Screened> = self
            .buckets
            .iter()
            .filter(|b| b.cleared_by_success)
            .map(|b| b.key.clone())
            .collect();
        Ok(store.clear_signin_failures(&cleared).await?)
    }
}

fn remaining(b: &Bucket, f: SigninFailures, now: OffsetDateTime) -> i64 {
    if (now - f.last_at).whole_seconds() > FORGET_AFTER_SECS {
        return 0;
    }
    let delay = delay_secs(f.count, b.free, b.cap);
    (f.last_at.unix_timestamp() + delay - now.unix_timestamp()).max(0)
}

/// Sign-ups one address may make in an hour: open sign-up must not become
/// a way to fill the users table.
pub async fn signup_allowed(
    store: &dyn Store,
    addr: Option<IpAddr>,
    per_hour: i64,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let Some(ip) = addr else { return Ok(()) };
    let key = keys::hashed("signup:addr", &ip.to_string());
    match store.rate_limit_hit(&key, now, 3600, per_hour).await? {
        store::RateDecision::Allowed => Ok(()),
        store::RateDecision::Limited { retry_after_secs } => {
            Err(AppError::RateLimited { retry_after_secs })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::delay_secs;

    #[test]
    fn pauses_double_past_the_allowance_up_to_the_cap() {
        let pauses: Vec<i64> = (0..9).map(|n| delay_secs(n, 5, 10)).collect();
        assert_eq!(pauses, vec![0, 0, 0, 0, 0, 1, 2, 4, 8]);
        assert_eq!(delay_secs(9, 5, 10), 10);
        assert_eq!(delay_secs(i64::MAX, 5, 900), 900);
    }
}
