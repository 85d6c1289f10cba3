//! The `sportello` binary: one process that serves the desk, plus the
//! commands an operator needs (DESIGN.md §5).
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;
mod config;
mod demo;
mod demo_help;
mod keys;
mod scan;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
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
    match runtime.block_on(cli::run(args)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
