//! Help-center server time over 10,000 published articles (English and
//! Italian halves): the article page and search, measured in process
//! through the whole router (middleware, store, templates), no network.
//!
//!     cargo run --release -p web --example hc_bench [-- ARTICLES]
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::Locale;
use http_body_util::BodyExt;
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::{HcSearch, HelpCenterStore, NewHcArticle, NewHcName};
use tower::ServiceExt;
use web::{AppState, FixedClock, Settings};

const EN: &[&str] = &[
    "payment",
    "refused",
    "token",
    "refresh",
    "client",
    "sandbox",
    "live",
    "request",
    "timeout",
    "consent",
    "account",
    "balance",
    "webhook",
    "signature",
    "batch",
    "task",
    "export",
    "error",
    "gateway",
    "limit",
    "retry",
    "header",
    "status",
    "callback",
    "redirect",
    "scope",
    "expired",
    "invalid",
    "bank",
    "transfer",
    "schedule",
    "report",
    "latency",
    "deploy",
    "certificate",
];
const IT: &[&str] = &[
    "pagamento",
    "rifiutato",
    "token",
    "rinnovo",
    "cliente",
    "sandbox",
    "produzione",
    "richiesta",
    "scadenza",
    "consenso",
    "conto",
    "saldo",
    "notifica",
    "firma",
    "lotto",
    "attività",
    "esportazione",
    "errore",
    "limite",
    "tentativo",
    "intestazione",
    "stato",
    "perché",
    "banca",
    "bonifico",
    "pianificazione",
    "rapporto",
    "latenza",
    "certificato",
    "autorizzazione",
];

/// A tiny deterministic generator, so runs are comparable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[(self.next() % list.len() as u64) as usize]
    }
}

fn text(rng: &mut Rng, words: &[&str], n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(if i.is_multiple_of(12) { '.' } else { ' ' });
            if i.is_multiple_of(12) {
                s.push(' ');
            }
        }
        s.push_str(rng.pick(words));
        // Some unique words so the vocabulary is not tiny.
        if rng.next().is_multiple_of(9) {
            s.push_str(&format!(" w{}", rng.next() % 50_000));
        }
    }
    s
}

/// Text for the "topical" corpus: one word in five from the article's
/// section topic (six domain words), the rest from a long-tailed synthetic
/// vocabulary, so a domain word occurs in roughly a fifth of the articles
/// rather than in all of them, as in a real help center.
fn topical(rng: &mut Rng, topic: &[&str], n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        if rng.next().is_multiple_of(5) {
            s.push_str(rng.pick(topic));
        } else {
            let r = (rng.next() % 5000) as f64;
            s.push_str(&format!("v{}", (r * r / 5000.0) as u64));
        }
    }
    s
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn measure(router: &axum::Router, paths: &[String]) -> (Duration, Duration, Duration) {
    let mut times = Vec::with_capacity(paths.len());
    for p in paths {
        let req = Request::get(p).body(Body::empty()).unwrap();
        let t = Instant::now();
        let res = router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let _ = res.into_body().collect().await.unwrap();
        times.push(t.elapsed());
        assert_eq!(status, StatusCode::OK, "{p}");
    }
    times.sort();
    (pct(&times, 0.5), pct(&times, 0.99), *times.last().unwrap())
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        store_sqlite::SqliteStore::open_dir(dir.path())
            .await
            .unwrap(),
    );
    let now = time::OffsetDateTime::now_utc();
    let name = |en: &str, it: &str| {
        vec![
            NewHcName {
                locale: Locale::En,
                name: guard::screen(en).unwrap(),
                description: Default::default(),
            },
            NewHcName {
                locale: Locale::It,
                name: guard::screen(it).unwrap(),
                description: Default::default(),
            },
        ]
    };
    let mut sections = vec![];
    for c in 0..5 {
        let cat = store
            .hc_create_category(
                c,
                &name(&format!("Category {c}"), &format!("Categoria {c}")),
            )
            .await
            .unwrap();
        for s in 0..10 {
            sections.push(
                store
                    .hc_create_section(
                        cat.id,
                        s,
                        &name(&format!("Section {s}"), &format!("Sezione {s}")),
                    )
                    .await
                    .unwrap()
                    .id,
            );
        }
    }
    // HC_BENCH_CORPUS=topical: domain words confined to their sections'
    // topics; the default is the worst case, every domain word everywhere.
    let topical_corpus = std::env::var("HC_BENCH_CORPUS").is_ok_and(|v| v == "topical");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let started = Instant::now();
    let mut ids = vec![];
    for i in 0..n {
        let (locale, words) = if i.is_multiple_of(2) {
            (Locale::En, EN)
        } else {
            (Locale::It, IT)
        };
        let section = i % sections.len();
        let (title, body) = if topical_corpus {
            let topic: Vec<&str> = (0..6)
                .map(|j| words[(section * 6 + j) % words.len()])
                .collect();
            let title = topical(&mut rng, &topic, 5);
            let body = format!(
                "## {}\n\n{}\n\n{}",
                topical(&mut rng, &topic, 4),
                topical(&mut rng, &topic, 140),
                topical(&mut rng, &topic, 150)
            );
            (title, body)
        } else {
            let title = text(&mut rng, words, 5);
            let body = format!(
                "## {}\n\n{}\n\n- {}\n- `{}`\n\n{}",
                text(&mut rng, words, 4),
                text(&mut rng, words, 120),
                text(&mut rng, words, 10),
                text(&mut rng, words, 2),
                text(&mut rng, words, 150)
            );
            (title, body)
        };
        let a = store
            .hc_create_article(
                NewHcArticle {
                    section_id: sections[section],
                    position: i as i64,
                    comments_closed: false,
                    author_id: None,
                    translation: web::help::translation_input(locale, &title, &body, true).unwrap(),
                },
                now,
            )
            .await
            .unwrap();
        ids.push((a.id, locale, title));
    }
    println!("seeded {n} articles in {:.1?}", started.elapsed());

    let state = AppState::new(
        store.clone(),
        Arc::new(FixedClock::new(now)),
        Settings::default(),
        web::seal::Sealer::new(&[7u8; 32]).unwrap(),
    );
    let router = web::router(state);

    let mut pages = vec![];
    for _ in 0..2000 {
        let (id, locale, title) = &ids[(rng.next() % ids.len() as u64) as usize];
        pages.push(web::help::article_url(*locale, *id, title));
    }
    measure(&router, &pages[..200]).await; // warm up
    let (p50, p99, max) = measure(&router, &pages).await;
    println!("article page   n=2000  p50 {p50:>9.2?}  p99 {p99:>9.2?}  max {max:>9.2?}");

    let queries: &[(&str, &str)] = &[
        ("en", "payment refused"),
        ("en", "refresh token expired"),
        ("en", "webhook signature"),
        ("en", "payments"),
        ("en", "sandbox client"),
        ("it", "pagamenti rifiutati"),
        ("it", "perche scadenza"),
        ("it", "bonifico banca"),
        ("it", "rinnovo token"),
        ("it", "errore"),
    ];
    let mut api = vec![];
    let mut html = vec![];
    for i in 0..1000 {
        let (l, q) = queries[i % queries.len()];
        let q = q.replace(' ', "+");
        api.push(format!("/api/v1/help/search?locale={l}&q={q}"));
        html.push(format!("/hc/{l}/search?q={q}"));
    }
    measure(&router, &api[..100]).await;
    let (p50, p99, max) = measure(&router, &api).await;
    println!("search API     n=1000  p50 {p50:>9.2?}  p99 {p99:>9.2?}  max {max:>9.2?}");
    let (p50, p99, max) = measure(&router, &html).await;
    println!("search page    n=1000  p50 {p50:>9.2?}  p99 {p99:>9.2?}  max {max:>9.2?}");
    let suggest: Vec<String> = (0..1000)
        .map(|i| {
            let (l, q) = queries[i % queries.len()];
            let cut = &q[..q.len().min(7)];
            format!(
                "/api/v1/help/search?locale={l}&suggest=1&limit=5&q={}",
                cut.replace(' ', "+")
            )
        })
        .collect();
    let (p50, p99, max) = measure(&router, &suggest).await;
    println!("suggest API    n=1000  p50 {p50:>9.2?}  p99 {p99:>9.2?}  max {max:>9.2?}");

    // Where a search request's time goes: the store's ranked query alone,
    // then the snippets of its hits alone.
    let mut store_times = vec![];
    let mut snippet_times = vec![];
    for i in 0..1000 {
        let (l, q) = queries[i % queries.len()];
        let locale: Locale = l.parse().unwrap();
        let terms = domain::search::query_terms(locale, q);
        let t = Instant::now();
        let hits = store
            .hc_search(&HcSearch {
                locale,
                terms: terms.iter().map(|t| vec![t.clone()]).collect(),
                prefix_last: false,
                limit: 10,
            })
            .await
            .unwrap();
        store_times.push(t.elapsed());
        let t = Instant::now();
        for h in &hits {
            std::hint::black_box(domain::search::snippet(locale, &h.body_text, &terms, 30));
        }
        snippet_times.push(t.elapsed());
    }
    for (what, times) in [
        ("store search  ", &mut store_times),
        ("10 snippets   ", &mut snippet_times),
    ] {
        times.sort();
        let (p50, p99) = (pct(times, 0.5), pct(times, 0.99));
        println!("{what} n=1000  p50 {p50:>9.2?}  p99 {p99:>9.2?}");
    }
    if std::env::var_os("HC_BENCH_KEEP").is_some() {
        println!("database kept in {}", dir.keep().display());
    }
}
