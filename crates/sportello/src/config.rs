//! Configuration: built-in defaults, then `sportello.toml`, then
//! `SPORTELLO_*` environment variables (layered by figment), then
//! command-line flags. An unknown key in the file or an unknown
//! `SPORTELLO_` variable is an error that names it: a typo must not
//! silently fall back to a default.

use anyhow::bail;
use figment::providers::{Format, Serialized, Toml};
use figment::value::{Dict, Map};
use figment::{Figment, Metadata, Profile, Provider};
use serde::{Deserialize, Deserializer};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub listen: String,
    pub data: PathBuf,
    pub database_url: Option<String>,
    pub https: bool,
    pub session_days: i64,
    /// Failed sign-ins of one account from one address before pauses start.
    pub signin_free_failures: i64,
    /// The longest pause between sign-in attempts, in seconds.
    pub signin_max_delay_secs: i64,
    /// Accounts one client address may create in an hour.
    pub signups_per_hour: i64,
    /// Proxies (addresses or CIDR ranges) whose `X-Forwarded-For` names the
    /// client; from anyone else the header is ignored.
    #[serde(deserialize_with = "proxies")]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub sealed_retention_days: i64,
    pub max_body_bytes: usize,
    pub max_attachment_bytes: usize,
    pub max_attachments_per_message: i64,
    pub debug_ids_per_hour: i64,
    /// Hostile-input limits (README, "Configuration"): blocking jobs at
    /// once (0: one per core) and how long one waits for a place.
    pub blocking_threads: usize,
    pub blocking_wait_ms: u64,
    /// Connections at once, and the time a client has for a request's
    /// header, for a whole request and for a multipart upload.
    pub max_connections: usize,
    pub header_read_timeout_secs: u64,
    pub request_timeout_secs: u64,
    pub upload_timeout_secs: u64,
    pub log: String,
    /// `text` (colours only on a terminal) or `json` (one object a line).
    pub log_format: LogFormat,
    /// Bearer token that opens `/metrics` on the main listener.
    pub metrics_token: Option<String>,
    /// A second address serving only `/metrics`, without a token.
    pub metrics_listen: Option<String>,
    /// Mail is on when both `mail_support_address` and `smtp_host` are set.
    pub mail_support_address: Option<String>,
    pub mail_from: Option<String>,
    pub mail_base_url: String,
    pub mail_notify_agents: bool,
    pub mail_inbound_secret: Option<String>,
    pub smtp_host: Option<String>,
    pub smtp_port: u16,
    /// `none`, `starttls` or `tls`.
    pub smtp_security: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    /// `[sla]`: first-reply and resolution targets in minutes per priority.
    pub sla: SlaConfig,
    /// Working hours SLA time counts in, e.g. `mon-fri 09:00-18:00
    /// Europe/Rome` (an IANA zone, daylight saving included) or
    /// `mon-fri 09:00-18:00 +01:00` (one fixed offset).
    pub business_hours: Option<String>,
    /// Days on which no SLA time counts: `2026-12-24` (that date) or
    /// `12-25` (every year). In the environment, comma-separated.
    #[serde(deserialize_with = "list")]
    pub business_holidays: Vec<String>,
    /// `[links]`: log search URL per identifier, `{value}` is replaced.
    pub links: std::collections::BTreeMap<String, String>,
    /// Similar tickets that make a possible incident, and within how long.
    pub cluster_threshold: usize,
    pub cluster_window_minutes: i64,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

impl std::str::FromStr for LogFormat {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> anyhow::Result<Self> {
        match s.trim() {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            other => bail!("log_format {other:?} is neither \"text\" nor \"json\""),
        }
    }
}

/// `[sla.first_reply_minutes]` and `[sla.resolution_minutes]` tables, keyed
/// by priority (`low`, `normal`, `high`, `urgent`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SlaConfig {
    pub first_reply_minutes: std::collections::BTreeMap<String, i64>,
    pub resolution_minutes: std::collections::BTreeMap<String, i64>,
}

impl Default for Config {
    fn default() -> Self {
        let web = web::Settings::default();
        Config {
            listen: "127.0.0.1:8080".into(),
            data: PathBuf::from("./data"),
            database_url: None,
            https: web.https,
            session_days: web.session_days,
            signin_free_failures: web.signin.free_failures,
            signin_max_delay_secs: web.signin.max_delay_secs,
            signups_per_hour: web.signups_per_hour,
            trusted_proxies: web.trusted_proxies.clone(),
            sealed_retention_days: web.sealed_retention_days,
            max_body_bytes: web.max_body_bytes,
            max_attachment_bytes: web.max_attachment_bytes,
            max_attachments_per_message: web.max_attachments_per_message,
            debug_ids_per_hour: web.debug_ids_per_hour,
            blocking_threads: web.blocking_threads,
            blocking_wait_ms: web.blocking_wait_ms,
            max_connections: web.max_connections,
            header_read_timeout_secs: web.header_read_timeout_secs,
            request_timeout_secs: web.request_timeout_secs,
            upload_timeout_secs: web.upload_timeout_secs,
            log: "info".into(),
            log_format: LogFormat::Text,
            metrics_token: None,
            metrics_listen: None,
            mail_support_address: None,
            mail_from: None,
            mail_base_url: "http://127.0.0.1:8080".into(),
            mail_notify_agents: true,
            mail_inbound_secret: None,
            smtp_host: None,
            smtp_port: 587,
            smtp_security: "starttls".into(),
            smtp_username: None,
            smtp_password: None,
            sla: SlaConfig::default(),
            business_hours: None,
            business_holidays: Vec::new(),
            links: Default::default(),
            cluster_threshold: 3,
            cluster_window_minutes: 30,
        }
    }
}

/// A proxy as an address (`10.0.0.7`) or a range (`10.0.0.0/8`).
fn parse_proxy(text: &str) -> anyhow::Result<ipnet::IpNet> {
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| anyhow::anyhow!("trusted_proxies: {text:?} is not an address or CIDR range"))
}

/// A list as TOML writes it (`["a", "b"]`) or as one environment variable
/// does (`a, b`).
fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        Commas(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::Commas(text) => text
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect(),
        OneOrMany::Many(items) => items,
    })
}

fn proxies<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ipnet::IpNet>, D::Error> {
    list(d)?
        .iter()
        .map(|p| parse_proxy(p).map_err(serde::de::Error::custom))
        .collect()
}

/// Where a variable's key goes: `links_<id>` and `sla_<which>_<priority>`
/// are entries of tables, every other key is a top-level setting.
fn key_path(key: &str) -> String {
    const TABLES: [(&str, &str); 3] = [
        ("links_", "links"),
        ("sla_first_reply_minutes_", "sla.first_reply_minutes"),
        ("sla_resolution_minutes_", "sla.resolution_minutes"),
    ];
    for (prefix, table) in TABLES {
        if let Some(entry) = key.strip_prefix(prefix) {
            return format!("{table}.{entry}");
        }
    }
    key.to_owned()
}

/// One `SPORTELLO_*` variable as a configuration layer, named after the
/// variable so that an error about it says which one.
struct Variable {
    name: String,
    path: String,
    value: String,
}

impl Provider for Variable {
    fn metadata(&self) -> Metadata {
        Metadata::named(format!("environment variable {}", self.name))
    }

    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        Serialized::default(&self.path, &self.value).data()
    }
}

/// Variables read directly elsewhere (or by tests) rather than as config keys.
const OTHER_VARS: &[&str] = &["SPORTELLO_CONFIG", "SPORTELLO_SEAL_KEY"];

impl Config {
    /// Loads the file (when present) and applies the environment, in
    /// layers (figment): the struct's defaults, then the file, then each
    /// `SPORTELLO_*` variable. The struct is the one list of keys: serde's
    /// `deny_unknown_fields` refuses a key it does not hold, in the file or
    /// in the environment, and the error names where it came from.
    pub fn load(file: Option<&Path>, env: &[(String, String)]) -> anyhow::Result<Config> {
        let mut layers = Figment::new();
        match file {
            Some(path) if path.exists() => layers = layers.merge(Toml::file_exact(path)),
            Some(path) if path != Path::new("sportello.toml") => {
                bail!("config file {} not found", path.display())
            }
            _ => {}
        }
        for (name, value) in env {
            let Some(key) = name.strip_prefix("SPORTELLO_") else {
                continue;
            };
            if OTHER_VARS.contains(&name.as_str()) || key.starts_with("TEST_") {
                continue;
            }
            layers = layers.merge(Variable {
                name: name.clone(),
                path: key_path(&key.to_ascii_lowercase()),
                value: value.clone(),
            });
        }
        // Lossy: an environment variable is text, and `"5"` or `"yes"` must
        // fill a number or a flag as the same value written in TOML does.
        layers
            .extract_lossy()
            .map_err(|e| anyhow::anyhow!("{}", e.to_string().replace('`', "")))
    }

    /// The workspace settings; a bad priority name or calendar is an error.
    pub fn workspace(&self) -> anyhow::Result<web::workspace::WorkspaceSettings> {
        use domain::sla::{Targets, Which};
        let mut sla = Targets::default();
        for (which, map) in [
            (Which::FirstReply, &self.sla.first_reply_minutes),
            (Which::Resolution, &self.sla.resolution_minutes),
        ] {
            for (priority, minutes) in map {
                if *minutes <= 0 || !sla.set(which, priority, *minutes) {
                    bail!(
                        "sla: {priority:?} = {minutes} is not a priority with a positive number of minutes"
                    );
                }
            }
        }
        let business_hours = self
            .business_hours
            .as_deref()
            .map(str::parse::<domain::sla::BusinessHours>)
            .transpose()
            .map_err(|e| anyhow::anyhow!("business_hours: {e}"))?;
        let holidays = self
            .business_holidays
            .iter()
            .map(|d| d.parse::<domain::sla::Holiday>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| anyhow::anyhow!("business_holidays: {e}"))?;
        let business_hours = match business_hours {
            Some(h) => Some(h.with_holidays(holidays)),
            None if holidays.is_empty() => None,
            None => bail!("business_holidays: holidays need business_hours"),
        };
        for (key, url) in &self.links {
            if !(url.starts_with("https://") || url.starts_with("http://"))
                || !url.contains("{value}")
            {
                bail!("links.{key}: must be an http(s) URL containing {{value}}");
            }
        }
        Ok(web::workspace::WorkspaceSettings {
            sla,
            business_hours,
            links: self.links.clone(),
            cluster: domain::clustering::Rule {
                threshold: self.cluster_threshold,
                window_secs: self.cluster_window_minutes.max(1) * 60,
            },
        })
    }

    pub fn settings(&self) -> web::Settings {
        web::Settings {
            workspace: self.workspace().unwrap_or_default(),
            https: self.https,
            session_days: self.session_days,
            signin: app::signin::Throttle {
                free_failures: self.signin_free_failures,
                max_delay_secs: self.signin_max_delay_secs,
            },
            signups_per_hour: self.signups_per_hour,
            trusted_proxies: self.trusted_proxies.clone(),
            sealed_retention_days: self.sealed_retention_days,
            max_body_bytes: self.max_body_bytes,
            mail: self
                .mail_support_address
                .as_ref()
                .filter(|_| self.smtp_host.is_some())
                .map(|support| web::MailSettings {
                    from: self.mail_from.clone().unwrap_or_else(|| support.clone()),
                    support_address: support.clone(),
                    base_url: self.mail_base_url.clone(),
                    notify_agents_on_new: self.mail_notify_agents,
                    inbound_secret: self.mail_inbound_secret.clone(),
                }),
            max_attachment_bytes: self.max_attachment_bytes,
            max_attachments_per_message: self.max_attachments_per_message,
            debug_ids_per_hour: self.debug_ids_per_hour,
            metrics_token: self.metrics_token.clone(),
            blocking_threads: self.blocking_threads,
            blocking_wait_ms: self.blocking_wait_ms,
            max_connections: self.max_connections.max(1),
            header_read_timeout_secs: self.header_read_timeout_secs.max(1),
            request_timeout_secs: self.request_timeout_secs.max(1),
            upload_timeout_secs: self.upload_timeout_secs.max(1),
        }
    }

    /// The SMTP connection, when mail is on.
    pub fn smtp(&self) -> anyhow::Result<Option<web::mail::sender::SmtpConfig>> {
        use web::mail::sender::{Security, SmtpConfig};
        let Some(host) = &self.smtp_host else {
            return Ok(None);
        };
        let security = match self.smtp_security.as_str() {
            "none" => Security::None,
            "starttls" => Security::StartTls,
            "tls" => Security::Tls,
            other => bail!("smtp_security must be none, starttls or tls, not {other:?}"),
        };
        Ok(Some(SmtpConfig {
            host: host.clone(),
            port: self.smtp_port,
            security,
            username: self.smtp_username.clone(),
            password: self.smtp_password.clone(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn hostile_input_limits_from_the_file_and_the_environment() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("s.toml");
        std::fs::write(
            &path,
            "max_connections = 64\nheader_read_timeout_secs = 5\nblocking_threads = 3\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let c = Config::load(
            Some(&path),
            &env(&[
                ("SPORTELLO_REQUEST_TIMEOUT_SECS", "20"),
                ("SPORTELLO_UPLOAD_TIMEOUT_SECS", "90"),
                ("SPORTELLO_BLOCKING_WAIT_MS", "500"),
            ]),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let s = c.settings();
        assert_eq!(
            (
                s.max_connections,
                s.header_read_timeout_secs,
                s.blocking_threads
            ),
            (64, 5, 3)
        );
        assert_eq!(
            (
                s.request_timeout_secs,
                s.upload_timeout_secs,
                s.blocking_wait_ms
            ),
            (20, 90, 500)
        );
        // The defaults are web's.
        let d = Config::default().settings();
        assert_eq!(d.max_connections, web::Settings::default().max_connections);
        assert_eq!(d.header_read_timeout_secs, 10);
    }

    #[test]
    fn workspace_tables_in_the_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("s.toml");
        std::fs::write(
            &path,
            "business_hours = \"mon-fri 09:00-18:00 +01:00\"\n[sla.first_reply_minutes]\nhigh = 60\n[links]\nclient_id = \"https://admin.example.com/clients/{value}\"\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let c = Config::load(Some(&path), &[]).unwrap_or_else(|e| panic!("{e}"));
        let w = c.workspace().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.sla.first_reply(domain::Priority::High), 60);
        assert!(w.business_hours.is_some());
        std::fs::write(&path, "[sla.first_reply_minutes]\nblocker = 60\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let c = Config::load(Some(&path), &[]).unwrap_or_else(|e| panic!("{e}"));
        assert!(c.workspace().is_err());
    }

    #[test]
    fn business_calendar_in_a_zone_with_holidays() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("s.toml");
        let load = |text: &str| {
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
            Config::load(Some(&path), &[]).and_then(|c| c.workspace())
        };
        let w = load(
            "business_hours = \"mon-fri 09:00-18:00 Europe/Rome\"\nbusiness_holidays = [\"2026-12-24\", \"12-25\"]\n",
        )
        .unwrap_or_else(|e| panic!("{e:#}"));
        let h = w.business_hours.unwrap_or_else(|| panic!("no hours"));
        assert_eq!(h.zone.name(), Some("Europe/Rome"));
        assert_eq!(h.holidays.len(), 2);
        // Wednesday 23 December 17:00 in Rome, 2 working hours: Monday 28.
        let from = time::macros::datetime!(2026-12-23 16:00 UTC);
        assert_eq!(
            domain::sla::due(from, 120, Some(&h)),
            time::macros::datetime!(2026-12-28 09:00 UTC)
        );
        for (text, key, what) in [
            (
                "business_hours = \"mon-fri 09:00-18:00 Europe/Rom\"\n",
                "business_hours",
                "Europe/Rom",
            ),
            (
                "business_hours = \"mon-fri 09:00-18:00 Europe/Rome\"\nbusiness_holidays = [\"2026-12-32\"]\n",
                "business_holidays",
                "2026-12-32",
            ),
            (
                "business_holidays = [\"12-25\"]\n",
                "business_holidays",
                "business_hours",
            ),
        ] {
            let err = format!("{:#}", load(text).map(|_| ()).unwrap_err());
            assert!(err.starts_with(key) && err.contains(what), "{err}");
        }
        let c = Config::load(
            None,
            &env(&[
                (
                    "SPORTELLO_BUSINESS_HOURS",
                    "mon-fri 09:00-18:00 America/New_York",
                ),
                ("SPORTELLO_BUSINESS_HOLIDAYS", "2026-11-26, 12-25"),
            ]),
        )
        .unwrap_or_else(|e| panic!("{e:#}"));
        let w = c.workspace().unwrap_or_else(|e| panic!("{e:#}"));
        let h = w.business_hours.unwrap_or_else(|| panic!("no hours"));
        assert_eq!(h.holidays.len(), 2);
        let bad = Config::load(None, &env(&[("SPORTELLO_BUSINESS_HOLIDAYS", "Christmas")]))
            .unwrap_or_else(|e| panic!("{e:#}"));
        assert!(format!("{:#}", bad.workspace().map(|_| ()).unwrap_err()).contains("Christmas"));
    }

    #[test]
    fn unknown_file_key_is_named() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("s.toml");
        std::fs::write(&path, "listen = \"0.0.0.0:9\"\nsesion_days = 3\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let err = Config::load(Some(&path), &[])
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert!(err.contains("sesion_days"), "{err}");
    }

    #[test]
    fn environment_overrides_file_and_unknown_variables_fail() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("s.toml");
        std::fs::write(&path, "session_days = 3\n").unwrap_or_else(|e| panic!("{e}"));
        let c = Config::load(
            Some(&path),
            &env(&[("SPORTELLO_SESSION_DAYS", "5"), ("SPORTELLO_HTTPS", "true")]),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((c.session_days, c.https), (5, true));
        let err = Config::load(None, &env(&[("SPORTELLO_LISTN", "x")]))
            .map(|_| ())
            .unwrap_err();
        assert!(format!("{err:#}").contains("SPORTELLO_LISTN"), "{err:#}");
        let err = Config::load(None, &env(&[("SPORTELLO_SESSION_DAYS", "many")])).unwrap_err();
        assert!(
            format!("{err:#}").contains("SPORTELLO_SESSION_DAYS"),
            "{err:#}"
        );
        // Text fills flags, numbers and lists as TOML values do.
        let c = Config::load(
            None,
            &env(&[
                ("SPORTELLO_HTTPS", "yes"),
                ("SPORTELLO_MAIL_NOTIFY_AGENTS", "0"),
                ("SPORTELLO_TRUSTED_PROXIES", "10.0.0.7, 10.1.0.0/16"),
                ("SPORTELLO_SMTP_PASSWORD", "123456"),
            ]),
        )
        .unwrap_or_else(|e| panic!("{e:#}"));
        assert!(c.https && !c.mail_notify_agents);
        assert_eq!(c.trusted_proxies.len(), 2);
        assert_eq!(c.smtp_password.as_deref(), Some("123456"));
        let err =
            Config::load(None, &env(&[("SPORTELLO_TRUSTED_PROXIES", "10.0.0.300")])).unwrap_err();
        assert!(format!("{err:#}").contains("10.0.0.300"), "{err:#}");
        let c = Config::load(
            None,
            &env(&[
                (
                    "SPORTELLO_LINKS_X_REQUEST_ID",
                    "https://logs.example.com/?q={value}",
                ),
                ("SPORTELLO_SLA_FIRST_REPLY_MINUTES_URGENT", "15"),
                ("SPORTELLO_CLUSTER_THRESHOLD", "5"),
            ]),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let w = c.workspace().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(w.sla.first_reply(domain::Priority::Urgent), 15);
        assert_eq!(w.cluster.threshold, 5);
        assert!(w.links.contains_key("x_request_id"));
        assert!(
            Config::load(
                None,
                &env(&[("SPORTELLO_TEST_POSTGRES_URL", "x"), ("OTHER", "y")])
            )
            .is_ok()
        );
    }
}
