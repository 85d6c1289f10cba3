//! The client's address, for throttling. Behind a load balancer every TCP
//! peer is the balancer, so everyone would share one bucket; but a client
//! can write any `X-Forwarded-For` it likes, so the header is believed only
//! when the peer is one of the configured trusted proxies, and then only up
//! to the first hop that is not one of them.

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

/// The client's address when known (the server runs with connect info).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(peer.map(|peer| {
            client_address(peer, &parts.headers, &state.settings.trusted_proxies)
        })))
    }
}

/// Walks the forwarding chain from the nearest hop outwards and stops at
/// the first address that is not a trusted proxy: everything further left
/// was written by the client and could be anything.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&canonical(*ip)));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = canonical(ip);
                if !is_trusted(&client) {
                    break;
                }
            }
            // A hop we cannot read ends what we can believe.
            Err(_) => break,
        }
    }
    client
}

/// `::ffff:10.0.0.1` is `10.0.0.1`: one client, one bucket.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn forwarded(chain: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            HeaderValue::from_str(chain).unwrap_or_else(|_| HeaderValue::from_static("")),
        );
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn the_header_counts_only_from_a_trusted_proxy() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap_or_default()];
        let h = forwarded("203.0.113.9");
        assert_eq!(
            client_address(ip("198.51.100.1"), &h, &trusted),
            ip("198.51.100.1")
        );
        assert_eq!(
            client_address(ip("10.1.2.3"), &h, &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(client_address(ip("10.1.2.3"), &h, &[]), ip("10.1.2.3"));
    }

    #[test]
    fn a_forged_left_part_of_the_chain_is_ignored() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap_or_default()];
        // The client wrote "1.2.3.4, "; the proxies appended the rest.
        let h = forwarded("1.2.3.4, 203.0.113.9, 10.0.0.5");
        assert_eq!(
            client_address(ip("10.0.0.6"), &h, &trusted),
            ip("203.0.113.9")
        );
        let garbage = forwarded("1.2.3.4, not-an-ip");
        assert_eq!(
            client_address(ip("10.0.0.6"), &garbage, &trusted),
            ip("10.0.0.6")
        );
        let mapped = forwarded("::ffff:203.0.113.9");
        assert_eq!(
            client_address(ip("10.0.0.6"), &mapped, &trusted),
            ip("203.0.113.9")
        );
    }
}
