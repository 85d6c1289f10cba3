use serde::Serialize;

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// One endpoint an integrator called: `METHOD /path?query`, `METHOD https://…`
/// or a bare `https://…` URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    pub target: String,
}

impl Endpoint {
    pub fn parse(raw: &str) -> Option<Endpoint> {
        let s = raw.trim();
        if s.is_empty() || s.len() > 2000 {
            return None;
        }
        let (method, target) = match s.split_once(char::is_whitespace) {
            Some((m, rest)) => {
                let m = m.to_ascii_uppercase();
                if !METHODS.contains(&m.as_str()) {
                    return None;
                }
                (Some(m), rest.trim())
            }
            None => (None, s),
        };
        let valid_target = if let Some(rest) = target.strip_prefix("https://") {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !host.contains('@')
        } else {
            method.is_some() && target.starts_with('/')
        };
        let clean = !target.chars().any(|c| c.is_whitespace() || c.is_control());
        (valid_target && clean).then(|| Endpoint {
            method,
            target: target.to_owned(),
        })
    }
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.method {
            Some(m) => write!(f, "{m} {}", self.target),
            None => f.write_str(&self.target),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_shapes() {
        assert!(Endpoint::parse("GET /v1/payments?limit=10").is_some());
        assert!(Endpoint::parse("post /v1/payments").is_some());
        assert!(Endpoint::parse("https://api.example.com/v1/data").is_some());
        assert!(Endpoint::parse("DELETE https://api.example.com/v1/x").is_some());
    }

    #[test]
    fn refused_shapes() {
        assert!(Endpoint::parse("/v1/payments").is_none());
        assert!(Endpoint::parse("FETCH /v1").is_none());
        assert!(Endpoint::parse("http://api.example.com/").is_none());
        assert!(Endpoint::parse("GET v1/payments").is_none());
        assert!(Endpoint::parse("https:///nohost").is_none());
        assert!(Endpoint::parse("GET /a b").is_none());
        assert!(Endpoint::parse("https://user@evil.example/").is_none());
    }
}
