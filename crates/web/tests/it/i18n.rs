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
