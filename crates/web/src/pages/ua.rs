//! A best guess at device and browser from the User-Agent, to pre-fill the
//! form. The integrator can correct it; it is a convenience, not a fact.

pub fn device(ua: &str) -> String {
    let os = if ua.contains("iPhone") {
        "iPhone (iOS)"
    } else if ua.contains("iPad") {
        "iPad (iPadOS)"
    } else if ua.contains("Android") {
        "Android"
    } else if ua.contains("Windows") {
        "Windows"
    } else if ua.contains("Mac OS X") || ua.contains("Macintosh") {
        "macOS"
    } else if ua.contains("CrOS") {
        "ChromeOS"
    } else if ua.contains("Linux") {
        "Linux"
    } else {
        ""
    };
    let mobile = ua.contains("Mobile") && !ua.contains("iPhone") && !ua.contains("iPad");
    if mobile {
        format!("{os} (mobile)")
    } else {
        os.to_owned()
    }
}

fn version_after<'a>(ua: &'a str, marker: &str) -> Option<&'a str> {
    let start = ua.find(marker)? + marker.len();
    let rest = &ua[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let v = &rest[..end];
    // Major version only: enough for support, and less fingerprinting.
    v.split('.').next().filter(|m| !m.is_empty())
}

pub fn browser(ua: &str) -> String {
    let known = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Version/", "Safari"),
        ("curl/", "curl"),
    ];
    for (marker, name) in known {
        if let Some(v) = version_after(ua, marker) {
            if name == "Safari" && !ua.contains("Safari/") {
                continue;
            }
            return format!("{name} {v}");
        }
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_agents() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.73 Safari/537.36";
        assert_eq!(
            (device(chrome), browser(chrome)),
            ("Linux".into(), "Chrome 156".into())
        );
        let ff = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";
        assert_eq!(
            (device(ff), browser(ff)),
            ("Windows".into(), "Firefox 140".into())
        );
        let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
        assert_eq!(
            (device(safari), browser(safari)),
            ("iPhone (iOS)".into(), "Safari 18".into())
        );
        let edge = "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0";
        assert_eq!(browser(edge), "Edge 130");
        assert_eq!(browser("nothing"), "");
    }
}
