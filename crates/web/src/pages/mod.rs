//! Server-rendered HTML pages. Complete without JavaScript; `app.js` only
//! improves them (conditional fields, copy buttons, time zone).

mod account;
mod agent;
mod assets;
mod attachments;
mod debug_ids;
mod fields;
mod help;
mod help_admin;
mod password_reset;
mod people;
mod requests;
mod ua;
pub(crate) mod workspace;

use crate::AppState;
use crate::auth::csrf::CsrfToken;
use crate::auth::{Authenticated, cookie_value};
use crate::error::ApiError;
use crate::i18n::{self, Tr};
use askama::Template;
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::Locale;
use store::User;

pub const LANG_COOKIE: &str = "sportello_lang";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/hc/{locale}", get(requests::home_redirect))
        .route("/hc/{locale}/", get(help::home))
        .route("/hc/{locale}/search", get(help::search))
        .route("/hc/{locale}/categories/{id}", get(help::category))
        .route("/hc/{locale}/sections/{id}", get(help::section))
        .route("/hc/{locale}/articles/{id}", get(help::article))
        .route("/hc/{locale}/articles/{id}/votes", post(help::vote))
        .route("/hc/{locale}/articles/{id}/comments", post(help::comment))
        .route(
            "/hc/{locale}/articles/{id}/comments/{cid}/edit",
            get(help::edit_form).post(help::edit),
        )
        .route(
            "/hc/{locale}/articles/{id}/comments/{cid}/delete",
            post(help::delete),
        )
        .route(
            "/hc/{locale}/articles/{id}/comments/{cid}/hide",
            post(help::hide),
        )
        .merge(help_admin::routes())
        .route("/hc/{locale}/requests", get(requests::list))
        .route(
            "/hc/{locale}/requests/new",
            // Files come with the form: each part is limited as it is read.
            get(requests::new_form)
                .post(requests::create)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/hc/{locale}/requests/{id}", get(requests::show))
        .route(
            "/hc/{locale}/requests/{id}/comments",
            post(requests::comment),
        )
        .route("/signin", get(account::signin_form).post(account::signin))
        .route("/signup", get(account::signup_form).post(account::signup))
        .route("/signout", post(account::signout))
        .route(
            "/password-reset",
            get(password_reset::ask_form).post(password_reset::ask),
        )
        .route(
            "/password-reset/{token}",
            get(password_reset::new_password_form).post(password_reset::set_password),
        )
        .route("/profile", get(account::profile))
        .route("/profile/tokens", post(account::create_token))
        .route("/profile/tokens/{id}/revoke", post(account::revoke_token))
        .route("/lang/{locale}", get(account::switch_language))
        .route("/agent", get(workspace::queue))
        .route("/agent/bulk", post(workspace::bulk))
        .route("/agent/dashboard", get(workspace::dashboard))
        .route(
            "/agent/macros",
            get(workspace::macros_page).post(workspace::create_macro),
        )
        .route("/agent/macros/{id}/delete", post(workspace::delete_macro))
        .route("/agent/people", get(people::list))
        .route("/agent/people/orgs", post(people::create_org))
        .route(
            "/agent/people/orgs/{slug}",
            get(people::org).post(people::update_org),
        )
        .route("/agent/people/users", post(people::create_user))
        .route(
            "/agent/people/users/{id}",
            get(people::user).post(people::update_user),
        )
        .route("/agent/tickets/{id}/tags", post(workspace::tags))
        .route("/agent/tickets/{id}/problem", post(workspace::problem))
        .route(
            "/agent/tickets/{id}/solve-problem",
            post(workspace::solve_problem),
        )
        .route("/agent/tickets/{id}/macro", post(workspace::apply_macro))
        .route("/hc/{locale}/notifications", get(workspace::notifications))
        .route(
            "/agent/tickets/{id}",
            get(agent::ticket).post(agent::update),
        )
        .route("/agent/tickets/{id}/comments", post(agent::comment))
        .route(
            "/hc/{locale}/requests/{id}/attachments",
            post(attachments::requester_upload).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            "/agent/tickets/{id}/attachments",
            post(attachments::agent_upload).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            "/hc/{locale}/debug-ids",
            get(debug_ids::show).post(debug_ids::create),
        )
        .route(
            "/hc/{locale}/debug-ids/{id}/revoke",
            post(debug_ids::revoke),
        )
        .route("/agent/debug-ids/{id}", get(debug_ids::agent_show))
        .route("/agent/tickets/{id}/reveal", post(debug_ids::reveal))
        .route("/assets/{name}", get(assets::serve))
        .fallback(not_found)
}

async fn root(headers: HeaderMap) -> Redirect {
    let locale = locale_from_headers(&headers);
    Redirect::to(&format!("/hc/{}/", locale.as_str()))
}

async fn not_found(ctx: PageCtx) -> Response {
    ErrorPage::new(ctx.tr.0, ApiError::NotFound).into_response()
}

/// A page's path parameters. A segment that is not UTF-8 once
/// percent-decoded is a 400 `invalid_utf8` error page; any other mismatch
/// (a word where a number goes) is the "not found" page — never axum's
/// plain-text rejection.
#[derive(Debug)]
pub struct PagePath<T>(pub T);

impl<T, S> FromRequestParts<S> for PagePath<T>
where
    T: serde::de::DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::Path;
        use axum::extract::path::ErrorKind;
        use axum::extract::rejection::PathRejection;
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(v)) => Ok(PagePath(v)),
            Err(rejection) => {
                let error = match rejection {
                    PathRejection::FailedToDeserializePathParams(e)
                        if matches!(e.kind(), ErrorKind::InvalidUtf8InPathParam { .. }) =>
                    {
                        ApiError::InvalidUtf8
                    }
                    _ => ApiError::NotFound,
                };
                Err(ErrorPage::new(locale_from_headers(&parts.headers), error).into_response())
            }
        }
    }
}

/// The chosen language cookie, else Accept-Language, else English.
pub fn locale_from_headers(headers: &HeaderMap) -> Locale {
    cookie_value(headers, LANG_COOKIE)
        .and_then(|v| v.parse().ok())
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::from_accept_language)
        })
        .unwrap_or_default()
}

pub use crate::common::url_encode;

/// Only same-site paths may be redirect targets (`next`, `back`): one
/// leading `/`, no scheme, no backslash and no control character, as sent
/// and once percent-decoded. Browsers drop a tab or line break inside a
/// URL and read `\\` as `/`, so `/%09/host` or `/\\host` would leave the site.
pub fn safe_next(next: Option<&str>) -> String {
    let same_site = |p: &str| {
        p.starts_with('/')
            && !p.starts_with("//")
            && !p.contains(['\\', ':'])
            && !p.chars().any(char::is_control)
    };
    match next {
        Some(n) if same_site(n) && same_site(&crate::common::percent_decode(n)) => n.to_owned(),
        _ => "/".to_owned(),
    }
}

/// What every page needs: language, the signed-in user, the CSRF token for
/// its forms, and where it is (for the language switcher and sign-in).
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub tr: Tr,
    pub user: Option<User>,
    pub csrf: String,
    pub path: String,
    /// Requesters: tickets with replies they have not seen (header badge).
    pub unread: i64,
    /// The browser's UTC offset in minutes (cookie set by app.js), if known.
    pub tz_minutes: Option<i32>,
    /// Now, by the server's clock (for "3 minutes ago").
    pub now: time::OffsetDateTime,
}

impl PageCtx {
    /// A moment for people: relative when recent ("3 minutes ago"), else
    /// the day and time in this viewer's language and zone; always inside
    /// `<time datetime>` with the exact time as its title.
    pub fn time(&self, t: time::OffsetDateTime) -> Moment {
        Moment::new(self, t, true)
    }

    /// A moment written out in full (due times, expiry dates).
    pub fn exact_time(&self, t: time::OffsetDateTime) -> Moment {
        Moment::new(self, t, false)
    }

    /// A message about a count, in the right plural form (`i18n::plural`).
    pub fn plural(&self, key: &str, n: i64) -> String {
        self.tr.plural(key, n)
    }

    pub fn locale(&self) -> Locale {
        self.tr.0
    }
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
    /// The translation of `{prefix}.{key}`, for enum values in templates.
    /// A label by prefix and key. Statuses read as the viewer's: a ticket
    /// waiting for its requester is "Awaiting your reply" to the requester
    /// and "Pending" to staff (`status.staff.*` where it differs).
    pub fn label(&self, prefix: &str, key: &str) -> String {
        if prefix == "status"
            && self.is_staff()
            && let Some(staff) = crate::i18n::lookup(self.locale(), &format!("status.staff.{key}"))
        {
            return staff.to_owned();
        }
        self.tr.t(&format!("{prefix}.{key}"))
    }
    pub fn is_staff(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.is_staff())
    }
    pub fn is_admin(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.role == domain::Role::Admin)
    }
    pub fn hc(&self) -> String {
        format!("/hc/{}", self.tr.code())
    }
    /// The same page in the other language.
    pub fn switch_href(&self, to: &str) -> String {
        let rest = self
            .path
            .strip_prefix("/hc/en")
            .or_else(|| self.path.strip_prefix("/hc/it"));
        match rest {
            Some(rest) => format!("/hc/{to}{rest}"),
            None => format!("/lang/{to}?next={}", url_encode(&self.path)),
        }
    }
    pub fn other_locales(&self) -> Vec<(&'static str, &'static str)> {
        Locale::ALL
            .iter()
            .filter(|l| **l != self.locale())
            .map(|l| match l {
                Locale::En => ("en", "English"),
                Locale::It => ("it", "Italiano"),
            })
            .collect()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let user = parts
            .extensions
            .get::<Authenticated>()
            .map(|a| a.user.clone());
        let path = parts.uri.path().to_owned();
        let from_path = path
            .strip_prefix("/hc/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|code| code.parse::<Locale>().ok());
        // Pages outside the help center (sign-in, sign-up, password reset)
        // speak the language of the help-center page they were opened from:
        // `?lang=it`, or the `/hc/it/…` page in `?next=`.
        let from_query = parts.uri.query().and_then(|q| {
            let pairs: Vec<(String, String)> = serde_urlencoded::from_str(q).unwrap_or_default();
            let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            get("lang")
                .and_then(|l| l.parse::<Locale>().ok())
                .or_else(|| {
                    get("next")
                        .and_then(|n| n.strip_prefix("/hc/"))
                        .and_then(|rest| rest.split('/').next())
                        .and_then(|code| code.parse::<Locale>().ok())
                })
        });
        let locale = from_path
            .or(from_query)
            .or_else(|| cookie_value(&parts.headers, LANG_COOKIE).and_then(|v| v.parse().ok()))
            .or_else(|| user.as_ref().map(|u| u.locale))
            .unwrap_or_else(|| locale_from_headers(&parts.headers));
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let unread = parts
            .extensions
            .get::<workspace::UnreadCount>()
            .map_or(0, |u| u.0);
        let tz_minutes = cookie_value(&parts.headers, workspace::TZ_COOKIE)
            .and_then(|v| v.parse::<i32>().ok())
            .filter(|m| m.abs() <= 14 * 60);
        let now = parts
            .extensions
            .get::<workspace::PageNow>()
            .map_or_else(time::OffsetDateTime::now_utc, |n| n.0);
        Ok(PageCtx {
            tr: Tr(locale),
            user,
            csrf,
            path,
            unread,
            tz_minutes,
            now,
        })
    }
}

/// Renders a template into a response, or a plain 500 if rendering fails.
/// What went wrong, as sentences for an error summary: one per field or
/// finding of an invalid submission, else the error's own message.
pub fn error_messages(ctx: &PageCtx, e: &ApiError) -> Vec<String> {
    match e {
        ApiError::Unprocessable { fields, findings } => fields
            .iter()
            .map(|f| crate::error::field_error_message(ctx.locale(), f))
            .chain(
                findings
                    .iter()
                    .map(|f| crate::error::finding_message(ctx.locale(), f.kind)),
            )
            .collect(),
        other => vec![ctx.t(&format!("api.{}", other.code()))],
    }
}

pub fn render<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    ctx: &'a PageCtx,
    title: String,
    message: String,
    /// For a refused screenshot: the boxes found, as JSON
    /// `[[x, y, width, height], …]` for the page script's redactor.
    boxes: String,
}

/// An error shown as a page, in the visitor's language.
#[derive(Debug)]
pub struct ErrorPage {
    locale: Locale,
    error: ApiError,
}

impl ErrorPage {
    pub fn new(locale: Locale, error: ApiError) -> Self {
        ErrorPage { locale, error }
    }
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let ctx = PageCtx {
            tr: Tr(self.locale),
            user: None,
            csrf: String::new(),
            path: "/".into(),
            unread: 0,
            tz_minutes: None,
            now: time::OffsetDateTime::now_utc(),
        };
        let title = ctx.t(&format!("page_error.{}", self.error.status().as_u16()));
        let mut message = ctx.t(&format!("api.{}", self.error.code()));
        let mut boxes = String::new();
        if let ApiError::SensitiveFile { boxes: found, .. } = &self.error {
            let mut kinds: Vec<String> = found
                .iter()
                .map(|b| ctx.t(&format!("attach.kind.{}", b.kind.code())))
                .collect();
            kinds.dedup();
            message = i18n::tf(
                self.locale,
                "attach.ocr_found",
                &[("kind", &kinds.join(", "))],
            );
            boxes = serde_json::to_string(
                &found
                    .iter()
                    .map(|b| [b.x, b.y, b.width, b.height])
                    .collect::<Vec<_>>(),
            )
            .unwrap_or_default();
        }
        let mut res = render(
            self.error.status(),
            &ErrorTemplate {
                ctx: &ctx,
                title,
                message,
                boxes,
            },
        );
        if let ApiError::RateLimited { retry_after_secs } | ApiError::Busy { retry_after_secs } =
            self.error
            && let Ok(v) = retry_after_secs.to_string().parse()
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_IT: [&str; 12] = [
    "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
];

fn month_name(locale: Locale, t: time::OffsetDateTime) -> &'static str {
    let months = match locale {
        Locale::It => MONTHS_IT,
        _ => MONTHS_EN,
    };
    months[usize::from(u8::from(t.month())) - 1]
}

/// A day as a chart axis shows it: "29 Nov" / "29 nov".
pub fn day_month(locale: Locale, t: time::OffsetDateTime) -> String {
    format!("{} {}", t.day(), month_name(locale, t))
}

/// A moment on a page: `<time datetime="…" title="exact">shown</time>`.
/// Its parts are dates and catalog words, escaped all the same.
#[derive(Debug, Clone)]
pub struct Moment {
    pub iso: String,
    pub exact: String,
    pub text: String,
}

impl Moment {
    fn new(ctx: &PageCtx, t: time::OffsetDateTime, relative: bool) -> Moment {
        let exact = human_time(ctx.locale(), ctx.tz_minutes, t);
        let text = if relative {
            relative_time(ctx.tr, t, ctx.now)
                .unwrap_or_else(|| short_date(ctx.locale(), ctx.tz_minutes, t, ctx.now))
        } else {
            exact.clone()
        };
        Moment {
            iso: t
                .to_offset(time::UtcOffset::UTC)
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
            exact,
            text,
        }
    }
}

impl std::fmt::Display for Moment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        write!(
            f,
            "<time datetime=\"{}\" title=\"{}\">{}</time>",
            esc(&self.iso),
            esc(&self.exact),
            esc(&self.text)
        )
    }
}

impl askama::filters::HtmlSafe for Moment {}

/// "just now", "3 minutes ago", "2 hours ago" (and "in 20 minutes") within
/// a day of `now`; None beyond, where the date itself reads better.
pub fn relative_time(tr: Tr, t: time::OffsetDateTime, now: time::OffsetDateTime) -> Option<String> {
    let secs = (now - t).whole_seconds();
    let (past, secs) = (secs >= 0, secs.abs());
    if secs >= 24 * 3600 {
        return None;
    }
    if secs < 60 {
        return Some(tr.t("time.just_now"));
    }
    let (key, n) = match (past, secs < 3600) {
        (true, true) => ("time.minutes_ago", secs / 60),
        (true, false) => ("time.hours_ago", secs / 3600),
        (false, true) => ("time.in_minutes", secs / 60),
        (false, false) => ("time.in_hours", secs / 3600),
    };
    Some(tr.plural(key, n))
}

/// A moment as people read it: day, month name and time in the viewer's
/// language, in their browser's time zone (the `tz` cookie `app.js` sets);
/// until the browser has said, in UTC and saying so.
pub fn human_time(locale: Locale, tz_minutes: Option<i32>, t: time::OffsetDateTime) -> String {
    let offset = tz_minutes.and_then(|m| time::UtcOffset::from_whole_seconds(m * 60).ok());
    let local = t.to_offset(offset.unwrap_or(time::UtcOffset::UTC));
    let month = month_name(locale, local);
    let zone = if offset.is_some() { "" } else { " UTC" };
    format!(
        "{} {month} {}, {:02}:{:02}{zone}",
        local.day(),
        local.year(),
        local.hour(),
        local.minute()
    )
}

/// A day in a list, where the exact time is one hover away: "28 Nov", with
/// the year only when it is not this one ("28 Nov 2025").
pub fn short_date(
    locale: Locale,
    tz_minutes: Option<i32>,
    t: time::OffsetDateTime,
    now: time::OffsetDateTime,
) -> String {
    let offset = tz_minutes
        .and_then(|m| time::UtcOffset::from_whole_seconds(m * 60).ok())
        .unwrap_or(time::UtcOffset::UTC);
    let (local, today) = (t.to_offset(offset), now.to_offset(offset));
    let day = day_month(locale, local);
    if local.year() == today.year() {
        day
    } else {
        format!("{day} {}", local.year())
    }
}

#[cfg(test)]
mod time_tests {
    use super::{human_time, relative_time, short_date};

    #[test]
    fn older_days_read_short_with_the_year_only_when_it_differs() {
        let now = datetime!(2026-12-02 10:00 UTC);
        assert_eq!(
            short_date(Locale::It, None, datetime!(2026-11-28 03:34 UTC), now),
            "28 nov"
        );
        assert_eq!(
            short_date(Locale::En, None, datetime!(2025-12-31 23:30 UTC), now),
            "31 Dec 2025"
        );
        // In the viewer's zone: half past midnight on New Year's Day in Rome.
        assert_eq!(
            short_date(Locale::En, Some(60), datetime!(2025-12-31 23:30 UTC), now),
            "1 Jan"
        );
    }
    use crate::i18n::Tr;

    #[test]
    fn recent_times_read_relative_with_plurals() {
        let now = datetime!(2026-11-29 10:00 UTC);
        let en = Tr(Locale::En);
        let it = Tr(Locale::It);
        let ago = |m: i64| now - time::Duration::minutes(m);
        assert_eq!(relative_time(en, now, now).as_deref(), Some("just now"));
        assert_eq!(
            relative_time(en, ago(1), now).as_deref(),
            Some("1 minute ago")
        );
        assert_eq!(
            relative_time(it, ago(3), now).as_deref(),
            Some("3 minuti fa")
        );
        assert_eq!(relative_time(it, ago(60), now).as_deref(), Some("1 ora fa"));
        assert_eq!(
            relative_time(en, ago(-20), now).as_deref(),
            Some("in 20 minutes")
        );
        assert_eq!(relative_time(en, ago(25 * 60), now), None);
    }
    use domain::Locale;
    use time::macros::datetime;

    #[test]
    fn times_read_in_the_viewers_language_and_zone() {
        let t = datetime!(2026-11-29 10:00:04.413646506 UTC);
        assert_eq!(human_time(Locale::En, None, t), "29 Nov 2026, 10:00 UTC");
        assert_eq!(human_time(Locale::It, Some(60), t), "29 nov 2026, 11:00");
        // West of UTC the day can change.
        let late = datetime!(2026-12-01 02:30 UTC);
        assert_eq!(
            human_time(Locale::En, Some(-300), late),
            "30 Nov 2026, 21:30"
        );
    }
}
