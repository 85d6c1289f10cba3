//! The agent workspace's words and links, shared by the views page and
//! the API. Its use cases (views, SLA, clustering, macros, problems) are
//! `app::workspace`, re-exported here for the faces.

use crate::AppState;
use crate::i18n::Tr;
use domain::Locale;
use domain::sla;
use time::OffsetDateTime;

pub use app::workspace::*;

/// Past this many tickets a view's count that is not kept on write stops
/// counting and shows "1000+": counting every ticket of a busy client id
/// would cost more than the page itself.
pub const VIEW_COUNT_CAP: i64 = 1_000;

/// A view's count as people read it: `42`, or `1000+` when capped.
pub fn count_label(c: store::ViewCount) -> String {
    if c.capped {
        format!("{}+", c.n)
    } else {
        c.n.to_string()
    }
}

/// A macro's words from the locale files: the built-in macro and field
/// labels, in the language asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Words;

impl MacroWords for Words {
    fn ask_missing(&self, locale: Locale) -> (String, String) {
        let tr = Tr(locale);
        (
            tr.t("ws.macro.ask_missing.title"),
            tr.t("ws.macro.ask_missing.body"),
        )
    }

    fn field_label(&self, locale: Locale, key: &str) -> String {
        Tr(locale).t(&format!("field.{key}"))
    }
}

/// The log link for an identifier value, when one is configured.
pub fn log_link(state: &AppState, key: &str, value: &str) -> Option<String> {
    let template = state.settings.workspace.links.get(key)?;
    Some(template.replace("{value}", &crate::pages::url_encode(value)))
}

/// Relative time in words ("3h 05m ago" / "in 20m").
pub fn relative(tr: &Tr, t: OffsetDateTime, now: OffsetDateTime) -> String {
    let secs = (now - t).whole_seconds();
    let d = sla::short_duration(secs);
    if secs >= 0 {
        tr.t("ws.ago").replace("{d}", &d)
    } else {
        tr.t("ws.in").replace("{d}", &d)
    }
}
