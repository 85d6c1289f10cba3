//! `AT+CPIN="1435"`, `AT+QICSGP=1,1,"apn","user","pass",1`: a modem's AT
//! commands (3GPP TS 27.007 and the module makers' own) that hand it a
//! credential carry it at a place the command fixes: the SIM's PIN (or
//! PUK and new PIN) of `+CPIN`, a facility lock's password of `+CLCK` and
//! `+CPWD`, the password of a data connection's login in `+CGAUTH`,
//! Quectel's `+QICSGP` and SIMCom's `+CSTT`. Found from the command's name
//! (a trigger) right after `AT+`; a query (`AT+CPIN?`) or a test
//! (`AT+CPIN=?`) holds none, nor do the modem's answers (`+CPIN: READY`).

use crate::context::Outcome;
use crate::text::is_placeholder;
use crate::{Confidence, Finding, Kind};

/// Which arguments (0-based) of the command named `name` are secrets, and
/// of what kind.
fn secret_args(name: &[u8]) -> Option<(&'static [usize], Kind)> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_slice() {
        // AT+CPIN=<pin>[,<newpin>] (with a PUK first when the SIM asks).
        b"cpin" => (&[0, 1], Kind::Pin),
        // AT+CPWD=<fac>,<oldpwd>,<newpwd>
        b"cpwd" => (&[1, 2], Kind::Pin),
        // AT+CLCK=<fac>,<mode>[,<passwd>[,<class>]]
        b"clck" => (&[2], Kind::Pin),
        // AT+CGAUTH=<cid>,<auth_prot>[,<userid>[,<password>]]
        b"cgauth" => (&[3], Kind::Password),
        // AT+QICSGP=<contextID>,<context_type>,<APN>,<username>,<password>,<auth>
        b"qicsgp" => (&[4], Kind::Password),
        // AT+CSTT=<apn>,<user>,<pwd>
        b"cstt" => (&[2], Kind::Password),
        _ => return None,
    })
}

/// The credential the command named at `start..end` carries, when `AT+`
/// stands before the name and `=` after it.
pub(crate) fn credential(b: &[u8], start: usize, end: usize) -> Outcome {
    let none = Outcome {
        finding: None,
        scanned_to: end,
    };
    if start < 3
        || b[start - 1] != b'+'
        || !b[start - 3..start - 1].eq_ignore_ascii_case(b"at")
        || (start > 3 && b[start - 4].is_ascii_alphanumeric())
        || b.get(end) != Some(&b'=')
    {
        return none;
    }
    let Some((which, kind)) = secret_args(&b[start..end]) else {
        return none;
    };
    let (mut lo, mut hi) = (usize::MAX, 0);
    for (k, (s, e)) in arguments(b, end + 1).into_iter().enumerate() {
        if !which.contains(&k) || e <= s {
            continue;
        }
        let Ok(v) = std::str::from_utf8(&b[s..e]) else {
            continue;
        };
        let ok = match kind {
            Kind::Pin => (4..=8).contains(&v.len()) && v.bytes().all(|c| c.is_ascii_digit()),
            _ => !is_placeholder(v) && !v.starts_with(['$', '<', '{', '%']),
        };
        if ok {
            lo = lo.min(s);
            hi = hi.max(e);
        }
    }
    if lo >= hi {
        return none;
    }
    Outcome {
        finding: Some(Finding {
            kind,
            start: lo,
            end: hi,
            confidence: Confidence::High,
        }),
        scanned_to: hi,
    }
}

/// The command's arguments from `i` to the line's end (at most eight,
/// within 256 bytes): each a quoted string (its inside) or a bare run up
/// to the next comma.
fn arguments(b: &[u8], mut i: usize) -> Vec<(usize, usize)> {
    let lim = (i + 256).min(b.len());
    let mut out = Vec::new();
    while i < lim && out.len() < 8 {
        if b[i] == b'"' {
            let s = i + 1;
            let Some(q) = b[s..lim].iter().position(|&c| c == b'"' || c == b'\n') else {
                break;
            };
            if b[s + q] != b'"' {
                break;
            }
            out.push((s, s + q));
            i = s + q + 1;
        } else {
            let s = i;
            while i < lim && !matches!(b[i], b',' | b'\n' | b'\r' | b' ' | b';') {
                i += 1;
            }
            out.push((s, i));
        }
        if b.get(i) != Some(&b',') {
            break;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::found;

    #[test]
    fn a_modems_commands_that_carry_a_credential() {
        let t = "AT+CPIN?\n+CPIN: SIM PIN\nOK\nAT+CPIN=\"1435\"\nOK\n";
        assert_eq!(found(t), ["1435"]);
        let t = "AT+QICSGP=1,1,\"ibox.tim.it\",\"m2muser\",\"Tramonto@92\",1\r\nOK\n";
        assert_eq!(found(t), ["Tramonto@92"]);
        assert_eq!(found("AT+CGAUTH=1,1,\"iot\",\"Qv7#pLm2\"\n"), ["Qv7#pLm2"]);
        assert_eq!(
            found("AT+CSTT=\"web.omnitel.it\",\"vend\",\"Lk9!xTq\"\n"),
            ["Lk9!xTq"]
        );
        assert_eq!(found("AT+CLCK=\"SC\",1,\"4821\"\n"), ["4821"]);
        // Queries, tests, answers; an empty login; no PIN at all.
        for t in [
            "AT+CPIN?\n+CPIN: READY\nOK\n",
            "AT+CPIN=?\nOK\n",
            "AT+QICSGP=1,1,\"ibox.tim.it\",\"\",\"\",0\nOK\n",
            "AT+QICSGP=1\n+QICSGP: 1,\"ibox.tim.it\",\"\",\"\",0\n",
            "AT+CGSN\n351403876201261\nAT+QCCID\n+QCCID: 8939108570559086842\n",
            "the cpin command = unlock step",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
