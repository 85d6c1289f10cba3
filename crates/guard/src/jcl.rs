//! A mainframe batch FTP step: `//STEP EXEC PGM=FTP,PARM='host (EXIT'`
//! reads its commands from the in-stream data after a `DD *` card, and
//! the client asks for the login first: the user on the first line, the
//! password alone on the next (after a line naming the host, when the
//! `PARM` does not). Found from the word `FTP` right after `PGM=`.

use crate::{Confidence, Finding, Kind};

/// FTP client subcommands: a line holding one is a command, not a login.
const COMMANDS: &[&[u8]] = &[
    b"ascii", b"binary", b"ebcdic", b"put", b"get", b"mput", b"mget", b"quit", b"cd", b"lcd",
    b"mode", b"type", b"site", b"locsite", b"close", b"open", b"user", b"pass", b"dir", b"ls",
    b"append", b"delete", b"rename", b"bye", b"quote",
];

fn line_at(b: &[u8], s: usize) -> (usize, usize) {
    let s = s.min(b.len());
    let lim = (s + 128).min(b.len());
    let e = memchr::memchr(b'\n', &b[s..lim]).map_or(lim, |p| s + p);
    let e = if e > s && b[e - 1] == b'\r' { e - 1 } else { e };
    (s, e)
}

/// The password of the login a batch FTP step's input gives; `start..end`
/// is the word `FTP`.
#[inline(never)]
pub(crate) fn batch_ftp_password(b: &[u8], start: usize, end: usize) -> Option<Finding> {
    if start < 4 || !b[start - 4..start].eq_ignore_ascii_case(b"pgm=") {
        return None;
    }
    // The step's card: does its PARM name the host?
    let (_, card_end) = line_at(b, end);
    let card = &b[end..card_end];
    let host_in_parm = memchr::memmem::find(&card.to_ascii_lowercase(), b"parm=")
        .is_some_and(|p| card[p..].contains(&b'.'));
    // The `DD *` card opening the in-stream data, within the next lines.
    let mut i = (card_end + 1).min(b.len());
    let mut data = None;
    for _ in 0..6 {
        let (s, e) = line_at(b, i);
        let line = &b[s..e];
        if !line.starts_with(b"//") {
            break;
        }
        if line.ends_with(b" DD *") || line.ends_with(b" DD *,DLM=@@") {
            data = Some(e + 1);
            break;
        }
        i = e + 1;
        if b.get(i - 1) == Some(&b'\r') {
            i += 1;
        }
    }
    let mut i = data?;
    // The login's lines: a host (unless the PARM named it), the user,
    // then the password alone.
    let skip = if host_in_parm { 1 } else { 2 };
    for _ in 0..skip {
        let (s, e) = line_at(b, i);
        let line = &b[s..e];
        if line.is_empty() || line.starts_with(b"/*") || line.starts_with(b"//") {
            return None;
        }
        i = e + 1;
        if b.get(e) == Some(&b'\r') {
            i += 1;
        }
    }
    let (s, e) = line_at(b, i);
    let v = b[s..e].trim_ascii_end();
    let e = s + v.len();
    let lower = v.to_ascii_lowercase();
    let word = lower.split(|&c| c == b' ').next().unwrap_or(&[]);
    let ok = (4..=64).contains(&v.len())
        && !v.contains(&b' ')
        && !v.starts_with(b"/*")
        && !v.starts_with(b"//")
        && !COMMANDS.contains(&word)
        && std::str::from_utf8(v).is_ok_and(|t| !crate::text::is_placeholder(t))
        && !v.starts_with(b"&");
    ok.then_some(Finding {
        kind: Kind::Password,
        start: s,
        end: e,
        confidence: Confidence::Medium,
    })
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn the_password_under_the_user_in_a_batch_ftp_input() {
        let t = "//FTPSTEP  EXEC PGM=FTP,PARM='sftp.example.it (EXIT'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\nCBIUSER\nHSS5VY\nBINARY\nPUT 'PROD.SEPA.PAIN001' pain.xml\nQUIT\n/*\n";
        assert!(found(t).contains(&"HSS5VY"), "{:?}", found(t));
        // Without the host in PARM the first line names it.
        let t = "//FTP1 EXEC PGM=FTP\n//INPUT DD *\nftp.example.it\nCBIUSER\nQ7mX2pLk\nQUIT\n/*\n";
        assert!(found(t).contains(&"Q7mX2pLk"), "{:?}", found(t));
    }

    #[test]
    fn a_step_whose_input_holds_no_password() {
        for t in [
            // Cut short right after its cards.
            "//S EXEC PGM=FTP\n",
            "//S EXEC PGM=FTP\n//INPUT DD *\n",
            "//S EXEC PGM=FTP\n//INPUT DD *\nCBIUSER\n",
            // A NETRC data set logs in; the input is commands only.
            "//FTPSTEP  EXEC PGM=FTP,PARM='sftp.example.it (EXIT'\n//NETRC DD DSN=USER.NETRC,DISP=SHR\n//INPUT    DD *\nBINARY\nPUT 'PROD.X' x.xml\nQUIT\n/*\n",
            "//FTPSTEP  EXEC PGM=FTP,PARM='sftp.example.it (EXIT'\n//INPUT    DD *\nCBIUSER\nBINARY\nQUIT\n/*\n",
            "we run PGM=FTP every night\n",
        ] {
            assert!(found(t).is_empty(), "{t:?}: {:?}", found(t));
        }
    }
}
