//! Running a reader program (`pdftotext`, `tesseract`) on untrusted bytes,
//! bounded: the bytes go in on standard input (never to a file on disk),
//! `prlimit` caps the program's address space and CPU seconds and forbids
//! it to write files, `timeout` kills it after its wall-clock budget, and
//! what it prints is read up to a cap. The environment is emptied but for
//! `PATH` and a one-thread OpenMP limit. At most [`MAX_CONCURRENT`] readers
//! run at once, so a burst of uploads cannot take every core.
//!
//! Why a separate process rather than a library in ours: a parser crash,
//! an endless loop or a runaway allocation on a hostile file ends that
//! process, not the server, and the kernel enforces the limits. The
//! workspace forbids `unsafe`, so the limits are set by `prlimit` (util-linux)
//! execing the program rather than by a `pre_exec` hook.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Condvar, Mutex, OnceLock};

/// How many reader processes may run at the same time.
pub const MAX_CONCURRENT: usize = 2;

/// The budget of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunLimits {
    /// Wall-clock seconds before the program is killed.
    pub wall_secs: u32,
    /// CPU seconds (RLIMIT_CPU).
    pub cpu_secs: u32,
    /// Address space in bytes (RLIMIT_AS).
    pub memory_bytes: u64,
    /// Bytes of standard output read; more is a failure.
    pub max_output: usize,
}

impl Default for RunLimits {
    fn default() -> Self {
        RunLimits {
            wall_secs: 30,
            cpu_secs: 30,
            memory_bytes: 1024 * 1024 * 1024,
            max_output: 16 * 1024 * 1024,
        }
    }
}

/// Why a run gave no output.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error("the program could not be started")]
    Spawn,
    /// Non-zero exit, killed by a limit or by the timeout.
    #[error("the program failed or was stopped by a limit")]
    Failed,
    #[error("the program printed more than allowed")]
    TooMuchOutput,
}

/// Runs `program args…` with `input` on standard input under `limits` and
/// returns its standard output. Standard error is discarded (a reader's
/// complaints may quote the file).
pub fn run(
    program: &str,
    args: &[&str],
    input: &[u8],
    limits: &RunLimits,
) -> Result<Vec<u8>, RunError> {
    let _slot = Slot::take();
    let mut child = Command::new("prlimit")
        .arg(format!("--as={}", limits.memory_bytes))
        .arg(format!("--cpu={}", limits.cpu_secs))
        .arg("--fsize=0")
        .arg("--core=0")
        .arg("--")
        .arg("timeout")
        .arg("-s")
        .arg("KILL")
        .arg(limits.wall_secs.to_string())
        .arg(program)
        .args(args)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("OMP_THREAD_LIMIT", "1")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| RunError::Spawn)?;
    let mut stdin = child.stdin.take().ok_or(RunError::Spawn)?;
    let mut stdout = child.stdout.take().ok_or(RunError::Spawn)?;
    let cap = limits.max_output;
    let (read, _) = std::thread::scope(|s| {
        // The writer may stop early (the program exits without reading
        // everything): its error is of no interest, the exit status is.
        let writer = s.spawn(move || {
            let _ = stdin.write_all(input);
        });
        let mut out = Vec::new();
        let read = (&mut stdout)
            .take(u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1))
            .read_to_end(&mut out)
            .map(|_| out);
        // Closing our end makes a program still printing die of SIGPIPE.
        drop(stdout);
        (read, writer.join())
    });
    let status = child.wait().map_err(|_| RunError::Failed)?;
    let out = read.map_err(|_| RunError::Failed)?;
    if out.len() > cap {
        return Err(RunError::TooMuchOutput);
    }
    if !status.success() {
        return Err(RunError::Failed);
    }
    Ok(out)
}

/// True when `program` can be run (with `version_arg`) under the limits
/// machinery, i.e. `prlimit`, `timeout` and the program are installed.
pub fn available(program: &str, version_arg: &str) -> bool {
    let limits = RunLimits {
        wall_secs: 20,
        cpu_secs: 20,
        ..RunLimits::default()
    };
    run(program, &[version_arg], b"", &limits).is_ok()
}

/// A counting semaphore over the reader processes.
struct Slot;

fn gate() -> &'static (Mutex<usize>, Condvar) {
    static GATE: OnceLock<(Mutex<usize>, Condvar)> = OnceLock::new();
    GATE.get_or_init(|| (Mutex::new(0), Condvar::new()))
}

impl Slot {
    fn take() -> Slot {
        let (lock, cv) = gate();
        let mut busy = lock.lock().unwrap_or_else(|e| e.into_inner());
        while *busy >= MAX_CONCURRENT {
            busy = cv.wait(busy).unwrap_or_else(|e| e.into_inner());
        }
        *busy += 1;
        Slot
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let (lock, cv) = gate();
        let mut busy = lock.lock().unwrap_or_else(|e| e.into_inner());
        *busy = busy.saturating_sub(1);
        cv.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_returned_and_capped() {
        let limits = RunLimits::default();
        assert_eq!(
            run("cat", &[], b"hello", &limits).as_deref(),
            Ok(&b"hello"[..])
        );
        let small = RunLimits {
            max_output: 3,
            ..limits
        };
        assert_eq!(
            run("cat", &[], b"hello", &small),
            Err(RunError::TooMuchOutput)
        );
        assert_eq!(run("false", &[], b"", &limits), Err(RunError::Failed));
    }

    #[test]
    fn a_program_over_its_wall_time_is_killed() {
        let limits = RunLimits {
            wall_secs: 1,
            ..RunLimits::default()
        };
        assert_eq!(run("sleep", &["30"], b"", &limits), Err(RunError::Failed));
    }

    #[test]
    fn a_program_over_its_memory_is_stopped() {
        // 16 MiB of address space cannot hold a 256 MiB buffer.
        let limits = RunLimits {
            memory_bytes: 16 * 1024 * 1024,
            ..RunLimits::default()
        };
        assert_eq!(
            run(
                "python3",
                &["-c", "x = bytearray(256 * 1024 * 1024)"],
                b"",
                &limits
            ),
            Err(RunError::Failed)
        );
    }

    #[test]
    fn a_program_may_not_write_files() {
        let dir = std::env::temp_dir().join(format!("files-run-{}", std::process::id()));
        let path = dir.to_string_lossy().into_owned();
        let r = run(
            "sh",
            &["-c", &format!("echo x > {path}")],
            b"",
            &RunLimits::default(),
        );
        assert_eq!(r, Err(RunError::Failed));
        let _ = std::fs::remove_file(&dir);
    }
}
