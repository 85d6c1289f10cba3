//! Every message key exists in both languages, and every key the templates
//! and code use is defined.

use std::collections::BTreeSet;

#[test]
fn both_catalogs_have_the_same_keys() {
    let [(_, en), (_, it)] = web::i18n::catalogs();
    let en: BTreeSet<_> = en.keys().collect();
    let it: BTreeSet<_> = it.keys().collect();
    assert_eq!(
        en.difference(&it).collect::<Vec<_>>(),
        Vec::<&&&str>::new(),
        "missing in Italian"
    );
    assert_eq!(
        it.difference(&en).collect::<Vec<_>>(),
        Vec::<&&&str>::new(),
        "missing in English"
    );
    for (locale, catalog) in web::i18n::catalogs() {
        for (k, v) in catalog.iter() {
            assert!(!v.is_empty(), "{locale:?} {k} is empty");
        }
    }
}

#[test]
fn every_literal_key_used_in_templates_exists() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
    let [(_, en), _] = web::i18n::catalogs();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for part in text.split("ctx.t(\"").skip(1) {
            let key = part.split('"').next().unwrap();
            if !en.contains_key(key) {
                missing.push(format!("{}: {key}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn every_form_field_error_and_kind_has_messages() {
    let [(_, en), _] = web::i18n::catalogs();
    for f in domain::form::incident().fields {
        assert!(
            en.contains_key(format!("field.{}", f.key).as_str()),
            "field.{}",
            f.key
        );
        assert!(
            en.contains_key(format!("hint.{}", f.key).as_str()),
            "hint.{}",
            f.key
        );
    }
    for kind in guard::Kind::ALL {
        for locale in [guard::Locale::En, guard::Locale::It] {
            assert!(!guard::message(kind, locale).is_empty(), "{kind:?}");
        }
    }
    for status in domain::Status::ALL {
        assert!(en.contains_key(format!("status.{}", status.as_str()).as_str()));
    }
}

/// Every message key named in the templates and in the code exists in both
/// languages: as a message, or as the `.one`/`.other` forms of a plural.
/// Keys are found as string literals shaped like `prefix.rest` whose
/// prefix is one the catalogs use.
#[test]
fn every_key_used_in_templates_and_code_exists_in_both_languages() {
    let [(_, en), (_, it)] = web::i18n::catalogs();
    let prefixes: BTreeSet<&str> = en.keys().filter_map(|k| k.split('.').next()).collect();
    // Literals of the same shape that are not messages: template files and
    // macro placeholders.
    let not_keys = ["agent.name"];
    let is_key = |s: &str| {
        if s.ends_with(".html") || not_keys.contains(&s) {
            return false;
        }
        let mut parts = s.split('.');
        let first = parts.next().unwrap_or_default();
        s.contains('.')
            && !s.ends_with('.')
            && prefixes.contains(first)
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
    };
    let defined = |cat: &std::collections::HashMap<&str, &str>, k: &str| {
        cat.contains_key(k)
            || (cat.contains_key(format!("{k}.one").as_str())
                && cat.contains_key(format!("{k}.other").as_str()))
    };
    let mut files = Vec::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let mut dirs = vec![
        std::path::PathBuf::from(format!("{root}/templates")),
        std::path::PathBuf::from(format!("{root}/src")),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                files.push(path);
            }
        }
    }
    let mut missing = Vec::new();
    let mut seen = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        // Test modules may name keys that do not exist on purpose.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (i, literal) in text.split('"').enumerate() {
            if i % 2 == 1 && is_key(literal) {
                seen += 1;
                for (lang, cat) in [("en", en), ("it", it)] {
                    if !defined(cat, literal) {
                        missing.push(format!("{}: {literal} ({lang})", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        seen > 300,
        "only {seen} keys found: is the scan still right?"
    );
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Italian speaks to people with *tu* everywhere, never *voi* or *Lei*.
#[test]
fn italian_uses_one_register() {
    let [_, (_, it)] = web::i18n::catalogs();
    let voi = [
        "vostro",
        "vostra",
        "vostri",
        "vostre",
        "inviate",
        "rimuovete",
        "controllate",
        "scegliete",
        "inserite",
        "revocatelo",
        "rimuovetela",
        "potete",
        "dovete",
        "avete",
        "siete",
        "volete",
        "contattateci",
        "scrivete",
        "accedete",
        "riprovate",
        "la preghiamo",
        "la invitiamo",
    ];
    let mut found = Vec::new();
    for (k, v) in it.iter() {
        let lower = v.to_lowercase();
        for w in voi {
            if lower.contains(&w.to_lowercase()) {
                found.push(format!("{k}: {w}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
