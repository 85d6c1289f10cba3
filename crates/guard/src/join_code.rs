//! "Kahoot quiz (game PIN: 929708, shown on the projector)", "PIN del
//! gioco: 887840": a quiz or game's join PIN is put on a screen for a whole
//! room to type, so anyone present can join; it opens no account, card or
//! device and is no one's PIN. Judged per PIN finding after the passes,
//! from the few words that name it just before the value on its line.

/// Names of a game's join PIN as they end just before the value
/// (lowercase; the key, then a separator or a copula, then the value).
const GAME_PIN: &[&str] = &[
    "game pin",
    "game-pin",
    "gamepin",
    "quiz pin",
    "pin del gioco",
    "pin di gioco",
    "pin della partita",
    "pin del quiz",
    "spiel-pin",
    "spielpin",
    "pin du jeu",
    "pin de jeu",
    "pin del juego",
    "pin de juego",
    "pin de la partida",
];

/// Copulas that may stand between the name and the value ("the game PIN
/// is 1234").
const COPULAS: &[&str] = &[" is", " è", " e'", " ist", " est", " es"];

/// True when the PIN at `start` is named, on its line just before it, as a
/// game's or quiz's join PIN. Reads at most 40 bytes back.
#[inline(never)]
pub(crate) fn game_pin(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let mut lo = start.saturating_sub(40);
    if let Some(nl) = memchr::memrchr(b'\n', &b[lo..start]) {
        lo += nl + 1;
    }
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..start].to_lowercase();
    let mut t = before.trim_end_matches([' ', '\t', ':', '=', '-', '(', '"', '\'']);
    for c in COPULAS {
        if let Some(head) = t.strip_suffix(c) {
            t = head.trim_end_matches([' ', ':']);
            break;
        }
    }
    GAME_PIN.iter().any(|k| {
        t.strip_suffix(k)
            .is_some_and(|head| head.is_empty() || !head.ends_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use crate::{Kind, found_as};

    #[test]
    fn a_games_join_pin_shown_to_the_room_passes() {
        for t in [
            "- 2:00pm warm-up Kahoot quiz (game PIN: 929708, shown on the projector)\n",
            "- 14:00 quiz su Kahoot (PIN del gioco: 0323531, proiettato in aula)\n",
            "Join at kahoot.it, the game PIN is 4417902\n",
            "Spiel-PIN: 551203\n",
        ] {
            assert!(found_as(t, Kind::Pin).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_pin_named_otherwise_is_still_found() {
        assert_eq!(found_as("card PIN: 4417\n", Kind::Pin), ["4417"]);
        assert_eq!(
            found_as("il PIN della carta è 5521, il gioco è finito\n", Kind::Pin),
            ["5521"]
        );
        // A word ending in "game" is no game.
        assert_eq!(found_as("endgame PIN: 8814\n", Kind::Pin), ["8814"]);
    }
}
