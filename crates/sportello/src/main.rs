//! The `sportello` binary: one process that serves the desk, plus the
//! commands an operator needs (`docs/interfaces.md`).
#![allow(clippy::print_stderr)]

use std::process::ExitCode;

// SQLite, hyper and the guard allocate small blocks from many threads at
// once; glibc's allocator spent about a seventh of intake's CPU time on it
// (BENCHMARKS.md, intake).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = <sportello::cli::Cli as clap::Parser>::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: starting the runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(sportello::cli::run(args)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
