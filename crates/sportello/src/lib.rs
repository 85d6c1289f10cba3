//! The `sportello` binary's parts, as a library so integration tests (load,
//! crash) can drive them directly.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod bench;
pub mod cli;
mod config;
mod demo;
mod demo_help;
mod keys;
pub mod scale;
mod scan;
