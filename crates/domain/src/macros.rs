//! Macros: canned replies with placeholders such as `{{requester.name}}`
//! or `{{ticket.client_id}}`, which may also set a status and add tags.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown placeholder {0}")]
pub struct UnknownPlaceholder(pub String);

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

/// Replaces every `{{ name }}` with its value. A well-formed placeholder
/// without a value is an error (a reply must not go out half-filled);
/// braces that do not form a placeholder stay as they are.
pub fn render(
    template: &str,
    values: &BTreeMap<String, String>,
) -> Result<String, UnknownPlaceholder> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        match after.find("}}") {
            Some(close) if is_name(after[..close].trim()) => {
                let name = after[..close].trim();
                let value = values
                    .get(name)
                    .ok_or_else(|| UnknownPlaceholder(name.to_owned()))?;
                out.push_str(value);
                rest = &after[close + 2..];
            }
            _ => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Placeholders a template uses, in order of first use.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        match after.find("}}") {
            Some(close) if is_name(after[..close].trim()) => {
                let name = after[..close].trim().to_owned();
                if !found.contains(&name) {
                    found.push(name);
                }
                rest = &after[close + 2..];
            }
            _ => rest = after,
        }
    }
    found
}

/// Tags are short lower-case words: letters, digits, `-` and `_`.
pub fn parse_tag(raw: &str) -> Option<String> {
    let t = raw.trim().to_lowercase();
    let ok = !t.is_empty()
        && t.chars().count() <= 40
        && t.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    ok.then_some(t)
}

/// Splits a comma- or space-separated list of tags, dropping bad ones.
pub fn parse_tags(raw: &str) -> Vec<String> {
    let mut tags: Vec<String> = raw
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter_map(parse_tag)
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// The optional identifiers of the incident form a ticket lacks: what the
/// built-in "ask for the missing information" macro asks for.
pub fn missing_identifiers(fields: &BTreeMap<String, serde_json::Value>) -> Vec<&'static str> {
    let form = crate::form::incident();
    let value_of = |key: &str| -> Option<String> {
        fields
            .get(key)
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .or_else(|| form.field(key).and_then(|f| f.default).map(str::to_owned))
    };
    form.fields
        .iter()
        .filter(|f| f.identifier)
        // Only what applies to this ticket: no task id for a synchronous
        // call, no payment id outside payments.
        .filter(|f| match &f.required {
            crate::form::Requirement::If { field, values } => {
                value_of(field).is_some_and(|v| values.contains(&v.as_str()))
            }
            _ => true,
        })
        .filter(|f| {
            fields
                .get(f.key)
                .is_none_or(|v| v.is_null() || v.as_str() == Some(""))
        })
        .map(|f| f.key)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> BTreeMap<String, String> {
        [("requester.name", "Ada"), ("ticket.client_id", "acme-1")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    #[test]
    fn fills_placeholders() {
        let out = render(
            "Hi {{requester.name}}, about {{ ticket.client_id }}.",
            &values(),
        );
        assert_eq!(out.unwrap(), "Hi Ada, about acme-1.");
        assert_eq!(
            render("{{ nope.x }}", &values()),
            Err(UnknownPlaceholder("nope.x".into()))
        );
        assert_eq!(render("a {{ b", &values()).unwrap(), "a {{ b");
        assert_eq!(
            render("{{ Not A Name }}", &values()).unwrap(),
            "{{ Not A Name }}"
        );
        assert_eq!(
            placeholders("{{a.b}} {{ c }} {{a.b}}"),
            vec!["a.b".to_owned(), "c".to_owned()]
        );
    }

    #[test]
    fn tags() {
        assert_eq!(
            parse_tags("Outage, psd2  outage bad!tag"),
            vec!["outage", "psd2"]
        );
    }

    #[test]
    fn missing() {
        let mut f = BTreeMap::new();
        f.insert("client_id".to_owned(), serde_json::json!("acme-1"));
        f.insert("x_request_id".to_owned(), serde_json::json!("c39d"));
        let m = missing_identifiers(&f);
        assert!(
            m.contains(&"debug_id") && !m.contains(&"client_id") && !m.contains(&"x_request_id")
        );
        // Synchronous (the default) and not payments: no task or payment id.
        assert!(!m.contains(&"task_id") && !m.contains(&"simp_id"), "{m:?}");
        f.insert("request_mode".to_owned(), serde_json::json!("async"));
        f.insert("product".to_owned(), serde_json::json!("payments"));
        let m = missing_identifiers(&f);
        assert!(m.contains(&"task_id") && m.contains(&"simp_id"), "{m:?}");
    }
}
