//! Attachments: type by content, images re-encoded without metadata,
//! decompression bombs refused, text through the guard, HAR sanitized,
//! PDFs and Office files read and screened, screenshots read by OCR,
//! limits, and downloads authorized as their ticket.

use crate::*;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use domain::Role;
use store::AttachmentStore;

const BOUNDARY: &str = "XsportelloBoundary42";

/// A multipart body: (part name, file name, bytes).
pub fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, filename, bytes) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match filename {
            Some(f) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

pub async fn upload(app: &App, token: &str, ticket: i64, name: &str, bytes: &[u8]) -> Resp {
    upload_parts(app, token, ticket, &[("file", Some(name), bytes)]).await
}

pub async fn upload_parts(
    app: &App,
    token: &str,
    ticket: i64,
    parts: &[(&str, Option<&str>, &[u8])],
) -> Resp {
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!("/api/v1/requests/{ticket}/attachments"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(multipart(parts)))
        .unwrap();
    app.send(req).await
}

async fn setup(app: &App) -> (String, String, String, i64) {
    let acme = app.org("acme", false, &[]);
    let acme = acme.await;
    let (_, ann) = app
        .user("ann@acme.test", Role::Requester, Some(&acme))
        .await;
    let (_, bob) = app.user("bob@other.test", Role::Requester, None).await;
    let (_, agent) = app.user("agent@desk.test", Role::Agent, None).await;
    let r = app.create_request(&ann, incident()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    (ann, bob, agent, r.json()["id"].as_i64().unwrap())
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in data {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG whose header declares 100000 × 100000 pixels (30 GB decoded).
fn bomb_png() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png.extend(png_chunk(b"IHDR", &ihdr));
    // A few bytes of a zlib stream of zeros: tiny on disk, huge inflated.
    png.extend(png_chunk(
        b"IDAT",
        &[0x78, 0x9c, 0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00],
    ));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

fn small_jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 15) as u8, (y * 30) as u8, 128])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

const GPS_MARKER: &str = "GPS-SECRET-45.4642N-9.1900E";

/// An EXIF APP1 segment (little-endian TIFF) with orientation 6 (rotate
/// 90° clockwise) in IFD0 and a GPS IFD holding a latitude ref and a
/// processing-method string we can look for.
fn exif_app1() -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(b"II\x2a\x00\x08\x00\x00\x00");
    // IFD0 at 8: two entries.
    t.extend_from_slice(&2u16.to_le_bytes());
    t.extend_from_slice(&0x0112u16.to_le_bytes()); // Orientation
    t.extend_from_slice(&3u16.to_le_bytes());
    t.extend_from_slice(&1u32.to_le_bytes());
    t.extend_from_slice(&6u16.to_le_bytes());
    t.extend_from_slice(&[0, 0]);
    t.extend_from_slice(&0x8825u16.to_le_bytes()); // GPSInfo
    t.extend_from_slice(&4u16.to_le_bytes());
    t.extend_from_slice(&1u32.to_le_bytes());
    t.extend_from_slice(&38u32.to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    assert_eq!(t.len(), 38);
    let method = format!("ASCII\0\0\0{GPS_MARKER}");
    t.extend_from_slice(&2u16.to_le_bytes());
    t.extend_from_slice(&0x0001u16.to_le_bytes()); // GPSLatitudeRef
    t.extend_from_slice(&2u16.to_le_bytes());
    t.extend_from_slice(&2u32.to_le_bytes());
    t.extend_from_slice(b"N\0\0\0");
    t.extend_from_slice(&0x001Bu16.to_le_bytes()); // GPSProcessingMethod
    t.extend_from_slice(&7u16.to_le_bytes());
    t.extend_from_slice(&(method.len() as u32).to_le_bytes());
    t.extend_from_slice(&68u32.to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    assert_eq!(t.len(), 68);
    t.extend_from_slice(method.as_bytes());
    let mut seg = vec![0xFF, 0xE1];
    seg.extend_from_slice(&((2 + 6 + t.len()) as u16).to_be_bytes());
    seg.extend_from_slice(b"Exif\0\0");
    seg.extend_from_slice(&t);
    seg
}

#[tokio::test]
async fn exif_gps_is_in_the_upload_and_not_in_storage() {
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let plain = small_jpeg(16, 8);
    let mut jpeg = plain[..2].to_vec();
    jpeg.extend(exif_app1());
    jpeg.extend_from_slice(&plain[2..]);
    assert!(
        contains(&jpeg, GPS_MARKER),
        "the test file carries GPS data"
    );
    assert!(contains(&jpeg, "Exif\0\0"));

    let r = upload(&app, &ann, id, "IMG_0042.JPG", &jpeg).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let v = r.json();
    assert_eq!(v["content_type"], "image/jpeg");
    assert_eq!(v["filename"], "IMG_0042.jpg");

    let (_, stored) = app
        .store
        .attachment_data(v["id"].as_i64().unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(!contains(&stored, GPS_MARKER));
    assert!(!contains(&stored, "Exif"));
    assert!(!contains(&app.data_bytes(), GPS_MARKER), "nowhere on disk");
    // The orientation was applied before the tag was dropped: 16×8 turned
    // a quarter is 8×16.
    let decoded = image::load_from_memory(&stored).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (8, 16));

    let d = app
        .api(Method::GET, v["url"].as_str().unwrap(), Some(&ann), None)
        .await;
    assert_eq!(d.status, StatusCode::OK);
    assert_eq!(d.body, stored);
    assert_eq!(d.headers[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(d.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let csp = d.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("sandbox") && csp.contains("default-src 'none'"));
}

#[tokio::test]
async fn a_decompression_bomb_is_refused() {
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let bomb = bomb_png();
    assert!(bomb.len() < 200);
    let r = upload(&app, &ann, id, "huge.png", &bomb).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.text());
    assert_eq!(r.error_code(), "image_too_large");
    assert!(app.store.attachments(id).await.unwrap().is_empty());
}

#[tokio::test]
async fn type_is_sniffed_from_content_not_name() {
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    // An executable named like a screenshot.
    let r = upload(
        &app,
        &ann,
        id,
        "screenshot.png",
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00",
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.error_code(), "file_type_not_allowed");
    // A PDF named .txt is stored as a PDF and downloaded as an attachment.
    let pdf = files::testing::pdf(&["The 502 started at 09:41."]);
    let r = upload(&app, &ann, id, "report.txt", &pdf).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert_eq!(r.json()["content_type"], "application/pdf");
    assert_eq!(r.json()["filename"], "report.pdf");
    let d = app
        .api(
            Method::GET,
            r.json()["url"].as_str().unwrap(),
            Some(&ann),
            None,
        )
        .await;
    let disp = d.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disp.starts_with("attachment;"), "{disp}");
    assert_eq!(d.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

#[tokio::test]
async fn text_files_pass_the_guard_and_har_files_the_sanitizer() {
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiY2xpZW50X2lkIjoiYWNtZSJ9.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    let log =
        format!("09:41:02 GET /v1/accounts 502\n09:41:03 retry with Authorization: Bearer {jwt}\n");
    let r = upload(&app, &ann, id, "server.log", log.as_bytes()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.error_code(), "sensitive_data");
    assert_eq!(r.json()["error"]["findings"][0]["field"], "file");
    assert!(!r.text().contains(jwt), "the value is never echoed");

    let r = upload_parts(
        &app,
        &ann,
        id,
        &[
            ("redact", None, b"true"),
            ("file", Some("server.log"), log.as_bytes()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert_eq!(r.json()["removed"][0]["location"], "line 2");

    let har = serde_json::json!({"log": {"version": "1.2", "entries": [{
        "request": {"method": "GET", "url": "https://api.example.com/v1/accounts",
            "headers": [{"name": "Authorization", "value": format!("Bearer {jwt}")},
                        {"name": "X-Request-Id", "value": "c39df0fb-a684-447c-9fbc-3f24c288f608"}],
            "cookies": [], "queryString": []},
        "response": {"status": 502, "headers": [], "content": {"text": "upstream"}}
    }]}});
    let r = upload(&app, &ann, id, "session.har", har.to_string().as_bytes()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let v = r.json();
    assert_eq!(v["content_type"], "application/har+json");
    let removed = v["removed"].as_array().unwrap();
    assert!(
        removed
            .iter()
            .any(|x| x["location"].as_str().unwrap().contains("Authorization")),
        "{removed:?}"
    );
    assert!(!contains(&app.data_bytes(), jwt));
    assert!(!contains(&app.data_bytes(), "dozjgNryP4J3jVmNHl0w5N"));
}

#[tokio::test]
async fn downloads_are_refused_to_other_requesters() {
    let app = App::new().await;
    let (ann, bob, agent, id) = setup(&app).await;
    let r = upload(&app, &ann, id, "notes.txt", b"The 502 started at 09:41.\n").await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let url = r.json()["url"].as_str().unwrap().to_owned();
    let d = app.api(Method::GET, &url, Some(&bob), None).await;
    assert_eq!(d.status, StatusCode::NOT_FOUND);
    assert!(!d.text().contains("09:41"));
    assert_eq!(
        app.api(Method::GET, &url, None, None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.api(Method::GET, "/api/v1/attachments/9999", Some(&ann), None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Nor may another requester upload to the ticket.
    let r = upload(&app, &bob, id, "x.txt", b"hello").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let d = app.api(Method::GET, &url, Some(&agent), None).await;
    assert_eq!(d.status, StatusCode::OK);
    assert_eq!(d.body, b"The 502 started at 09:41.\n");
    let disp = d.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(
        disp.contains("attachment") && disp.contains("notes.txt"),
        "{disp}"
    );
}

#[tokio::test]
async fn limits_answer_413_with_a_clear_code() {
    let settings = web::Settings {
        max_attachment_bytes: 1000,
        max_attachments_per_message: 2,
        ..web::Settings::default()
    };
    let app = App::with_settings(settings).await;
    let (ann, _, _, id) = setup(&app).await;
    let big = vec![b'a'; 1001];
    let r = upload(&app, &ann, id, "big.txt", &big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.error_code(), "file_too_large");
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("MiB")
    );
    for i in 0..2 {
        let r = upload(&app, &ann, id, &format!("{i}.txt"), b"ok").await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let r = upload(&app, &ann, id, "third.txt", b"ok").await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.error_code(), "too_many_files");
    // The global 1 MiB body limit does not cap uploads: a 2 MiB file fits
    // the default 10 MiB allowance.
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let two_mib = "0123456789abcdef\n".repeat(2 * 1024 * 1024 / 17);
    let r = upload(&app, &ann, id, "big.log", two_mib.as_bytes()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.error_code());
}

#[tokio::test]
async fn pages_upload_with_csrf_and_list_files() {
    let app = App::new().await;
    let (_, _, _, id) = setup(&app).await;
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let csrf = b.cookie("sportello_csrf").unwrap();
    let post = |parts: Vec<(&str, Option<&str>, Vec<u8>)>, cookies: String| {
        let parts: Vec<(&str, Option<&str>, &[u8])> = parts
            .iter()
            .map(|(n, f, b)| (*n, *f, b.as_slice()))
            .collect();
        Request::post(format!("/hc/en/requests/{id}/attachments"))
            .header(header::COOKIE, cookies)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(multipart(&parts)))
            .unwrap()
    };
    let cookies = b
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let no_csrf = app
        .send(post(
            vec![("file", Some("a.txt"), b"hello".to_vec())],
            cookies.clone(),
        ))
        .await;
    assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
    let ok = app
        .send(post(
            vec![
                ("csrf_token", None, csrf.into_bytes()),
                ("file", Some("a.txt"), b"hello".to_vec()),
            ],
            cookies,
        ))
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.text());
    let page = b.get(&format!("/hc/en/requests/{id}")).await;
    assert!(page.text().contains("a.txt"));
    assert!(page.text().contains("enctype=\"multipart/form-data\""));
}

const CARD: &str = "4539 1488 0343 6467";

/// True when Tesseract is installed (CI installs it; a developer without
/// it is told, and the OCR assertions are skipped there only).
pub fn ocr_on() -> bool {
    let on = files::readers().ocr;
    assert!(
        on || std::env::var_os("CI").is_none(),
        "CI installs tesseract-ocr"
    );
    on
}

#[tokio::test]
async fn documents_are_read_and_screened_on_every_page_and_part() {
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let secret_on_page_two = files::testing::pdf(&[
        "Incident report\nThe 502 started at 09:41.",
        &format!("The customer paid with card {CARD}"),
        "End of report",
    ]);
    let refused = [
        ("report.pdf", secret_on_page_two),
        (
            "letter.docx",
            files::testing::docx(&["Hello", &format!("card {CARD}")], None),
        ),
        (
            "export.xlsx",
            files::testing::xlsx(&[&["name", "card"], &["Ann", "4539148803436467"]]),
        ),
        (
            "deck.pptx",
            files::testing::pptx(
                &["Review"],
                Some("client_secret=canarySecretQ1w2e3r4t5y6u7i8"),
            ),
        ),
    ];
    for (name, bytes) in &refused {
        for redact in [&b"false"[..], b"true"] {
            let r = upload_parts(
                &app,
                &ann,
                id,
                &[("redact", None, redact), ("file", Some(name), bytes)],
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{name}: {}",
                r.text()
            );
            assert_eq!(r.error_code(), "sensitive_data", "{name}");
            assert_eq!(r.json()["error"]["findings"][0]["field"], "file");
            assert!(!r.text().contains("4539") && !r.text().contains("canarySecret"));
        }
    }
    assert!(app.store.attachments(id).await.unwrap().is_empty());

    let accepted = [
        (
            "trace.pdf",
            files::testing::pdf(&[
                "GET /v1/accounts 502",
                "request 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd",
            ]),
            "application/pdf",
            "trace.pdf",
        ),
        (
            "notes.docx",
            files::testing::docx(&["The 502 started at 09:41."], Some("retry later")),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "notes.docx",
        ),
        (
            "calls",
            files::testing::xlsx(&[&["endpoint", "status"], &["/v1/accounts", "502"]]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "calls.xlsx",
        ),
        (
            "review.pdf",
            files::testing::pptx(&["Timeline"], Some("talk about retries")),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "review.pptx",
        ),
    ];
    for (name, bytes, content_type, stored_name) in &accepted {
        let r = upload(&app, &ann, id, name, bytes).await;
        assert_eq!(r.status, StatusCode::CREATED, "{name}: {}", r.text());
        assert_eq!(r.json()["content_type"], *content_type);
        assert_eq!(r.json()["filename"], *stored_name);
        let d = app
            .api(
                Method::GET,
                r.json()["url"].as_str().unwrap(),
                Some(&ann),
                None,
            )
            .await;
        assert_eq!(&d.body, bytes);
        let disp = d.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
        assert!(disp.starts_with("attachment;"), "{disp}");
    }
}

#[tokio::test]
async fn zip_bombs_scans_and_unreadable_documents_are_refused_with_stable_codes() {
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let bomb = files::testing::zip_bomb(8 * 1024 * 1024);
    assert!(bomb.len() < 64 * 1024);
    let r = upload(&app, &ann, id, "bomb.docx", &bomb).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.text());
    assert_eq!(r.error_code(), "document_too_large");

    // A scan: read by OCR when Tesseract is installed, else refused unread.
    let scan = files::testing::scanned_pdf_showing(&["Refund", "card 4539 1488 0343 6467"]);
    let r = upload(&app, &ann, id, "scan.pdf", &scan).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text());
    let expected = if ocr_on() {
        "sensitive_data"
    } else {
        "document_without_text"
    };
    assert_eq!(r.error_code(), expected);

    let r = upload(&app, &ann, id, "broken.pdf", b"%PDF-1.4\n%%EOF\n").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text());
    assert_eq!(r.error_code(), "document_unreadable");

    let other_zip = files::testing::zip(&[("a.txt", b"hello".to_vec())]);
    let r = upload(&app, &ann, id, "a.docx", &other_zip).await;
    assert_eq!(r.error_code(), "file_type_not_allowed");
    assert!(app.store.attachments(id).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_screenshot_showing_a_card_or_an_iban_is_refused_with_the_boxes() {
    if !ocr_on() {
        return;
    }
    let app = App::new().await;
    let (ann, _, _, id) = setup(&app).await;
    let shots = [
        (
            files::testing::screenshot(
                &["Checkout failed", &format!("Card {CARD} exp 04/29")],
                18.0,
            ),
            "card_number",
        ),
        (
            files::testing::screenshot(&["Bonifico", "IBAN IT60X0542811101000000123456"], 18.0),
            "iban",
        ),
    ];
    for (png, kind) in &shots {
        let r = upload(&app, &ann, id, "shot.png", png).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{kind}: {}",
            r.text()
        );
        assert_eq!(r.error_code(), "sensitive_data");
        let v = r.json();
        assert_eq!(v["error"]["findings"][0]["kind"], *kind);
        let boxes = v["error"]["boxes"].as_array().unwrap();
        assert!(!boxes.is_empty(), "{v}");
        let img = image::load_from_memory(png).unwrap();
        for b in boxes {
            assert_eq!(b["kind"], *kind);
            let (x, y, w, h) = (
                b["x"].as_u64().unwrap(),
                b["y"].as_u64().unwrap(),
                b["width"].as_u64().unwrap(),
                b["height"].as_u64().unwrap(),
            );
            assert!(
                w > 0
                    && h > 0
                    && x + w <= u64::from(img.width())
                    && y + h <= u64::from(img.height()),
                "{b}"
            );
        }
        assert!(
            !r.text().contains("4539") && !r.text().contains("IT60"),
            "never the text"
        );
    }
    // "Redact" does not store a screenshot unread either.
    let r = upload_parts(
        &app,
        &ann,
        id,
        &[
            ("redact", None, b"true"),
            ("file", Some("shot.png"), &shots[0].0),
        ],
    )
    .await;
    assert_eq!(r.error_code(), "sensitive_data");
    assert!(app.store.attachments(id).await.unwrap().is_empty());

    // A request id is not a secret.
    let ok = files::testing::screenshot(
        &[
            "502 Bad Gateway",
            "request id 3f2c1e9a-8b7d-4c6e-9f01-23456789abcd",
        ],
        18.0,
    );
    let r = upload(&app, &ann, id, "error.png", &ok).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert_eq!(r.json()["content_type"], "image/png");

    // The page's upload form answers with the boxes for its redactor and
    // the message in the person's language.
    let mut b = Browser::new(&app);
    b.sign_in("ann@acme.test").await;
    let csrf = b.cookie("sportello_csrf").unwrap();
    let cookies = b
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let body = multipart(&[
        ("csrf_token", None, csrf.as_bytes()),
        ("file", Some("shot.png"), &shots[0].0),
    ]);
    let page = app
        .send(
            Request::post(format!("/hc/en/requests/{id}/attachments"))
                .header(header::COOKIE, cookies)
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = page.text();
    assert!(html.contains("data-ocr-boxes=\"[["), "{html}");
    assert!(
        html.contains("This screenshot shows what looks like sensitive data (card number)"),
        "{html}"
    );
    assert!(!html.contains("<script>"), "no inline script under the CSP");
    assert_eq!(app.store.attachments(id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn health_says_whether_screenshots_are_read() {
    let app = App::new().await;
    let r = app.api(Method::GET, "/healthz", None, None).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["status"], "ok");
    assert_eq!(v["ocr"], files::readers().ocr);
    assert_eq!(v["pdf"], files::readers().pdf);
    if std::env::var_os("CI").is_some() {
        assert_eq!(v["ocr"], true, "CI installs tesseract-ocr");
        assert_eq!(v["pdf"], true, "CI installs poppler-utils");
    }
}
