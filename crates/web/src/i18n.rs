//! Translations. Each locale is a flat `key = value` file under `locales/`;
//! keys are the stable snake_case codes used in API errors, so one key
//! names a problem everywhere. A test checks both files have the same keys.

use domain::Locale;
use std::collections::HashMap;
use std::sync::OnceLock;

const EN: &str = include_str!("../locales/en.txt");
const IT: &str = include_str!("../locales/it.txt");

pub fn parse_catalog(src: &'static str) -> HashMap<&'static str, &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect()
}

fn catalog(locale: Locale) -> &'static HashMap<&'static str, &'static str> {
    static EN_MAP: OnceLock<HashMap<&str, &str>> = OnceLock::new();
    static IT_MAP: OnceLock<HashMap<&str, &str>> = OnceLock::new();
    match locale {
        Locale::En => EN_MAP.get_or_init(|| parse_catalog(EN)),
        Locale::It => IT_MAP.get_or_init(|| parse_catalog(IT)),
    }
}

/// The raw catalogs, for the completeness test.
pub fn catalogs() -> [(Locale, &'static HashMap<&'static str, &'static str>); 2] {
    [
        (Locale::En, catalog(Locale::En)),
        (Locale::It, catalog(Locale::It)),
    ]
}

/// The message for `key`, or None when the key is unknown.
pub fn lookup(locale: Locale, key: &str) -> Option<&'static str> {
    catalog(locale).get(key).copied()
}

/// The message for `key`; an unknown key shows itself so it is noticed.
pub fn t(locale: Locale, key: &str) -> String {
    lookup(locale, key)
        .map(str::to_owned)
        .unwrap_or_else(|| key.to_owned())
}

/// Like `t`, replacing `{name}` placeholders.
pub fn tf(locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = t(locale, key);
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// A message about a count, in the right plural form: `{key}.one` for
/// exactly one, `{key}.zero` for none when the language file has it,
/// `{key}.other` otherwise (English and Italian need no more), with
/// `{n}` replaced by the count. Every count shown to people goes here.
pub fn plural(locale: Locale, key: &str, n: i64) -> String {
    let form = match n {
        1 => "one",
        0 if lookup(locale, &format!("{key}.zero")).is_some() => "zero",
        _ => "other",
    };
    t(locale, &format!("{key}.{form}")).replace("{n}", &n.to_string())
}

/// "3 of 5 people found this helpful", or that nobody has rated it yet.
pub fn votes_line(locale: Locale, helpful: i64, total: i64) -> String {
    plural(locale, "hc.article.votes", total).replace("{helpful}", &helpful.to_string())
}

/// The first supported language in an Accept-Language header.
pub fn from_accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for part in header.split(',') {
        let mut it = part.trim().split(';');
        let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = it
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        if let Ok(locale) = primary.parse::<Locale>()
            && best.is_none_or(|(bq, _)| q > bq)
        {
            best = Some((q, locale));
        }
    }
    best.map(|(_, l)| l)
}

/// The translator handed to templates.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Locale);

impl Tr {
    pub fn t(&self, key: &str) -> String {
        t(self.0, key)
    }
    pub fn code(&self) -> &'static str {
        self.0.as_str()
    }
    /// See [`plural`].
    pub fn plural(&self, key: &str, n: i64) -> String {
        plural(self.0, key, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_best_supported() {
        assert_eq!(
            from_accept_language("it-IT,it;q=0.9,en;q=0.8"),
            Some(Locale::It)
        );
        assert_eq!(
            from_accept_language("de-DE, en;q=0.5, it;q=0.7"),
            Some(Locale::It)
        );
        assert_eq!(from_accept_language("fr"), None);
        assert_eq!(from_accept_language("en-GB"), Some(Locale::En));
    }

    #[test]
    fn plurals_agree_with_their_count() {
        for locale in [Locale::En, Locale::It] {
            for (k, _) in catalog(locale).iter() {
                if let Some(base) = k.strip_suffix(".one") {
                    assert!(
                        lookup(locale, &format!("{base}.other")).is_some(),
                        "{base}.other"
                    );
                }
            }
        }
        assert_eq!(plural(Locale::En, "time.minutes_ago", 1), "1 minute ago");
        assert_eq!(plural(Locale::En, "time.minutes_ago", 3), "3 minutes ago");
        assert_eq!(plural(Locale::It, "time.minutes_ago", 1), "1 minuto fa");
        assert_eq!(plural(Locale::It, "time.minutes_ago", 3), "3 minuti fa");
    }
}
