//! Keeping only what the person wrote in a reply: quoted history and
//! signatures are cut, in the formats common mail clients produce.

/// Lines that start the quoted history in Gmail, Apple Mail, Thunderbird and
/// Outlook, in English and Italian.
fn starts_history(line: &str, next: Option<&str>) -> bool {
    let l = line.trim();
    let lower = l.to_lowercase();
    // "On Tue, 3 Mar 2026 at 10:00, Ann <ann@x> wrote:" (may wrap onto two lines)
    let wrote =
        |s: &str| s.ends_with("wrote:") || s.ends_with("ha scritto:") || s.ends_with("scritto:");
    if (lower.starts_with("on ") || lower.starts_with("il giorno ") || lower.starts_with("il "))
        && (wrote(&lower) || next.is_some_and(|n| wrote(&n.trim().to_lowercase())))
    {
        return true;
    }
    if lower.starts_with("-----original message-----")
        || lower.starts_with("-----messaggio originale-----")
    {
        return true;
    }
    // Outlook: a header block "From: ..." followed by "Sent:"/"Inviato:" or "Date:"/"Data:".
    let is_from = lower.starts_with("from:") || lower.starts_with("da:");
    let next_is_header = next.is_some_and(|n| {
        let n = n.trim().to_lowercase();
        ["sent:", "inviato:", "date:", "data:", "to:", "a:"]
            .iter()
            .any(|p| n.starts_with(p))
    });
    if is_from && next_is_header {
        return true;
    }
    // A run of underscores Outlook puts above the header block.
    l.len() >= 20 && l.chars().all(|c| c == '_')
}

fn is_signature_marker(line: &str) -> bool {
    let l = line.trim_end_matches('\r');
    l == "-- " || l == "--" || l.starts_with("Sent from my ") || l.starts_with("Inviato da ")
}

/// The new text of a reply.
pub fn reply_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut kept = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if starts_history(line, lines.get(i + 1).copied()) || is_signature_marker(line) {
            break;
        }
        kept.push(*line);
    }
    // Trailing quoted lines ("> ...") with nothing new after them.
    while kept
        .last()
        .is_some_and(|l| l.trim_start().starts_with('>') || l.trim().is_empty())
    {
        kept.pop();
    }
    kept.join("\n").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::reply_text;

    #[test]
    fn gmail_history_is_cut() {
        let body = "Thanks, that fixed it.\n\nOn Tue, 3 Mar 2026 at 10:00, Acme Support <support+x@acme.example> wrote:\n> We changed the URL.\n";
        assert_eq!(reply_text(body), "Thanks, that fixed it.");
        let wrapped = "Grazie!\n\nIl giorno mar 3 mar 2026 alle ore 10:00 Acme Support <support@acme.example>\nha scritto:\n> testo";
        assert_eq!(reply_text(wrapped), "Grazie!");
    }

    #[test]
    fn outlook_history_and_signatures_are_cut() {
        let body = "Still failing.\r\n\r\nFrom: Acme Support <support@acme.example>\r\nSent: Tuesday, March 3, 2026 10:00\r\nTo: Ann\r\n";
        assert_eq!(reply_text(body), "Still failing.");
        let sig = "Here are the logs.\n-- \nAnn Rossi\nAcme Pay";
        assert_eq!(reply_text(sig), "Here are the logs.");
        let mobile = "Ok\n\nSent from my iPhone";
        assert_eq!(reply_text(mobile), "Ok");
    }

    #[test]
    fn inline_answers_are_kept() {
        let body = "> which client id?\nsandbox-acme\n> and the time?\n09:41 CET";
        assert_eq!(reply_text(body), body);
    }
}
