//! `sportello scan`: the guard as a standalone scanner for CI pipelines.

use anyhow::Context;
use std::io::Read;
use std::process::ExitCode;

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

pub fn run(file: Option<&str>, json: bool) -> anyhow::Result<ExitCode> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
        }
        Some(path) => bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?,
    }
    // Invalid UTF-8 is scanned lossily: a secret next to a bad byte still counts.
    let text = String::from_utf8_lossy(&bytes);
    let findings = guard::scan(&text);
    for f in &findings {
        let (line, column) = line_col(&text, f.start);
        if json {
            let v = serde_json::json!({
                "kind": f.kind.code(), "start": f.start, "end": f.end, "line": line, "column": column,
            });
            println!("{v}");
        } else {
            println!(
                "{}:{line}:{column}: {} ({}..{})",
                file.unwrap_or("-"),
                f.kind.code(),
                f.start,
                f.end
            );
        }
    }
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(test)]
mod tests {
    use super::line_col;

    #[test]
    fn positions() {
        assert_eq!(line_col("ab\ncdè\nx", 0), (1, 1));
        assert_eq!(line_col("ab\ncdè\nx", 3), (2, 1));
        assert_eq!(
            line_col("ab\ncdè\nx", 7),
            (2, 4),
            "columns count characters"
        );
        assert_eq!(line_col("ab\ncdè\nx", 8), (3, 1));
    }
}
