//! The key that seals secrets at rest: `SPORTELLO_SEAL_KEY` (64 hex digits
//! or base64 of 32 bytes), else `seal.key` in the data directory, created
//! with mode 0600 on first start.

use anyhow::{Context, bail};
use base64::Engine;
use std::io::Write;
use std::path::Path;

fn decode(text: &str) -> anyhow::Result<Vec<u8>> {
    let text = text.trim();
    let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        hex::decode(text)?
    } else {
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .context("seal key is neither hex nor base64")?
    };
    if bytes.len() != 32 {
        bail!("seal key must be 32 bytes, got {}", bytes.len());
    }
    Ok(bytes)
}

pub fn load_or_create(data_dir: &Path) -> anyhow::Result<Vec<u8>> {
    if let Ok(v) = std::env::var("SPORTELLO_SEAL_KEY") {
        return decode(&v).context("SPORTELLO_SEAL_KEY");
    }
    let path = data_dir.join("seal.key");
    if path.exists() {
        // A key written by an older version may be world-readable.
        store_sqlite::private::restrict(&path)
            .with_context(|| format!("restricting {}", path.display()))?;
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        return decode(&text).with_context(|| path.display().to_string());
    }
    store_sqlite::private::create_dir(data_dir)
        .with_context(|| format!("creating {}", data_dir.display()))?;
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("random generator: {e}"))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(&path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(hex::encode(key).as_bytes())?;
    file.sync_all()?;
    Ok(key.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let first = load_or_create(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let second = load_or_create(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first, second);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode =
                std::fs::metadata(dir.path().join("seal.key")).map(|m| m.permissions().mode());
            assert_eq!(mode.unwrap_or(0) & 0o777, 0o600);
        }
        assert!(decode("abcd").is_err());
    }
}
