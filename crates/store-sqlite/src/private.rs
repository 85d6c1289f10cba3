//! Files only the server's user may read: a data directory holds every
//! ticket, the seal key and backups, so it is 0700 and its files 0600,
//! whatever the umask of whoever started the binary.

use std::io;
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` (and its parents) and makes `dir` itself 0700.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    Ok(())
}

/// Creates `path` empty if it is missing; either way it ends up 0600.
pub fn create_file(path: &Path) -> io::Result<()> {
    match create_new_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => restrict(path),
        Err(e) => Err(e),
    }
}

/// Creates `path` empty with mode 0600; fails if it exists.
pub fn create_new_file(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    options.open(path)?;
    // The mode given at creation is filtered by the umask; 0600 is not
    // widened by any umask, but say it once more for the odd filesystem.
    restrict(path)
}

/// Makes an existing file 0600.
pub fn restrict(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
