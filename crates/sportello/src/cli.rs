//! Command-line interface (`docs/interfaces.md`). Every command takes `--data DIR`
//! or `--database URL` (and `SPORTELLO_DATA`, `SPORTELLO_DATABASE_URL`).

use crate::config::Config;
use crate::{bench, demo, keys, scan};
use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};
use domain::{Locale, Role};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use store::Store;
use store_postgres::PgStore;
use store_sqlite::SqliteStore;

#[derive(Debug, Parser)]
#[command(
    name = "sportello",
    version,
    about = "A developer-support desk that keeps secrets out of tickets"
)]
pub struct Cli {
    /// Data directory (SQLite database, seal key).
    #[arg(long, global = true, env = "SPORTELLO_DATA")]
    data: Option<PathBuf>,
    /// Database URL: sqlite:... or postgres://...; overrides the data
    /// directory's SQLite database. The data directory still holds the seal key.
    #[arg(long, global = true, env = "SPORTELLO_DATABASE_URL")]
    database: Option<String>,
    /// Configuration file.
    #[arg(
        long,
        global = true,
        env = "SPORTELLO_CONFIG",
        default_value = "sportello.toml"
    )]
    config: PathBuf,
    /// Log lines as `text` (colours only on a terminal) or `json`.
    #[arg(long, global = true, value_enum)]
    log_format: Option<crate::config::LogFormat>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the help center, the portal, the agent workspace and the API.
    Serve {
        #[arg(long)]
        listen: Option<String>,
        /// On an empty database, create a demo organization, people and tickets.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Manage organizations.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Scan a file (or standard input) for secrets: exit 0 clean, 1 findings, 2 error.
    Scan {
        file: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: ScanFormat,
    },
    /// Load tools for servers you run yourself.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// Mail commands.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
    /// Write a consistent copy of the SQLite database to FILE (SQLite only;
    /// back up PostgreSQL with pg_dump).
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum BenchCommand {
    /// Submit realistic incidents over HTTP and print throughput and latency.
    Intake {
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        url: String,
        /// An API token (see `sportello token create`).
        #[arg(long)]
        token: String,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
        #[arg(long, default_value_t = 1000)]
        count: usize,
        #[arg(long, default_value = "acmepay")]
        client_id: String,
        /// Send incidents at this many a second whatever the answers (an
        /// open load, at most `--concurrency` in flight), each latency
        /// counted from when its incident was due; without it, each client
        /// sends when its last incident is answered.
        #[arg(long)]
        rate: Option<f64>,
    },
    /// Seed a realistic desk of N tickets through the store (when the
    /// database has none) and measure pages, search, views, the dashboard,
    /// start-up, memory and intake; prints a Markdown table.
    Scale {
        #[arg(long, default_value_t = 100_000)]
        tickets: usize,
        /// Sequential requests per measurement.
        #[arg(long, default_value_t = 200)]
        requests: usize,
        /// Tickets filed over HTTP by the intake measurement (0 skips it).
        #[arg(long, default_value_t = 10_000)]
        intake: usize,
        #[arg(long, default_value_t = 16)]
        intake_concurrency: usize,
        /// File the intake's tickets at this many a second (an open load,
        /// as `bench intake --rate`) instead of a closed loop.
        #[arg(long)]
        intake_rate: Option<f64>,
        /// Stop a measurement after this many seconds (at least 20 requests).
        #[arg(long, default_value_t = 30)]
        max_seconds: u64,
        /// Seed (when the database has no tickets) and stop.
        #[arg(long)]
        seed_only: bool,
    },
}

#[derive(Debug, Subcommand)]
enum MailCommand {
    /// Read one RFC 5322 message on standard input (for an MTA pipe):
    /// exit 0 when processed (stored, or refused with a reply), 1 when not
    /// accepted, 2 on error.
    Receive,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ScanFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum OrgCommand {
    Add {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// A registered client id; repeat for several.
        #[arg(long = "client-id")]
        client_ids: Vec<String>,
        /// Members see each other's requests.
        #[arg(long)]
        shared: bool,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    Add {
        #[arg(long)]
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        #[arg(long)]
        org: Option<String>,
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input (first line).
        #[arg(long)]
        password_stdin: bool,
        #[arg(long, default_value = "en")]
        locale: String,
    },
    /// Allow an agent to reveal sealed values (each reveal is audited);
    /// admins always may.
    Reveal {
        #[arg(long)]
        email: String,
        #[arg(value_enum)]
        allowed: OnOff,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OnOff {
    On,
    Off,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RoleArg {
    Requester,
    Agent,
    Admin,
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "cli")]
        label: String,
    },
}

fn config(cli: &Cli) -> anyhow::Result<Config> {
    let env: Vec<(String, String)> = std::env::vars().collect();
    let mut config = Config::load(Some(&cli.config), &env)?;
    if let Some(d) = &cli.data {
        config.data = d.clone();
    }
    if let Some(u) = &cli.database {
        config.database_url = Some(u.clone());
    }
    if let Some(f) = cli.log_format {
        config.log_format = f;
    }
    Ok(config)
}

/// The database a command works on, chosen by the URL's scheme.
enum OpenStore {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

impl OpenStore {
    fn shared(&self) -> Arc<dyn Store> {
        match self {
            OpenStore::Sqlite(s) => Arc::new(s.clone()),
            OpenStore::Postgres(s) => Arc::new(s.clone()),
        }
    }
}

async fn open_store(config: &Config) -> anyhow::Result<OpenStore> {
    match config.database_url.as_deref() {
        None => Ok(OpenStore::Sqlite(
            SqliteStore::open_dir(&config.data).await?,
        )),
        Some(url) if url.starts_with("sqlite:") => {
            Ok(OpenStore::Sqlite(SqliteStore::open_url(url).await?))
        }
        Some(url) if store_postgres::is_postgres_url(url) => {
            let store = PgStore::connect(url)
                .await
                .context("connecting to PostgreSQL")?;
            // Said once at start: an operator should know when tickets
            // cross the network in clear (`sslmode=require` in the URL).
            if !store.connection_is_encrypted().await.unwrap_or(false) {
                tracing::warn!("the connection to PostgreSQL is not encrypted");
            }
            Ok(OpenStore::Postgres(store))
        }
        Some(_) => bail!("unsupported database URL (expected sqlite:... or postgres://...)"),
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Command::Bench {
        command:
            BenchCommand::Intake {
                url,
                token,
                concurrency,
                count,
                client_id,
                rate,
            },
    } = &cli.command
    {
        let opts = bench::IntakeOptions {
            url: url.clone(),
            token: token.clone(),
            concurrency: *concurrency,
            count: *count,
            client_id: client_id.clone(),
            progress: None,
            rate: *rate,
        };
        bench::intake(opts).await?.print();
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Bench {
        command:
            BenchCommand::Scale {
                tickets,
                requests,
                intake,
                intake_concurrency,
                intake_rate,
                max_seconds,
                seed_only,
            },
    } = &cli.command
    {
        let config = config(&cli)?;
        init_logging("warn", config.log_format);
        let exe = std::env::current_exe().context("locating the sportello binary")?;
        let opts = crate::scale::ScaleOptions {
            tickets: *tickets,
            requests: *requests,
            intake: *intake,
            intake_concurrency: *intake_concurrency,
            intake_rate: *intake_rate,
            config_file: cli.config.clone(),
            max_seconds: *max_seconds,
            seed_only: *seed_only,
        };
        crate::scale::run(&config, &exe, opts).await?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Scan { file, format } = &cli.command {
        return scan::run(file.as_deref(), matches!(format, ScanFormat::Json));
    }
    let config = config(&cli)?;
    init_logging(&config.log, config.log_format);
    // Looking for the file readers runs five external programs (0.1–0.2 s
    // on a busy machine): it starts here, runs while the store opens and
    // the server starts, and is found once (`files::readers` keeps it).
    if matches!(cli.command, Command::Serve { .. }) {
        tokio::task::spawn_blocking(files::readers);
    }
    let opened = open_store(&config).await?;
    let store = opened.shared();
    match cli.command {
        Command::Serve { listen, demo } => {
            let listen = listen.unwrap_or_else(|| config.listen.clone());
            serve(&config, store, &listen, demo).await?;
        }
        Command::Migrate => println!("database is up to date"),
        Command::Org {
            command:
                OrgCommand::Add {
                    slug,
                    name,
                    client_ids,
                    shared,
                },
        } => {
            let input = app::accounts::OrgInput {
                slug,
                name,
                shared,
                client_ids,
            };
            let desk = app_state(&config, store.clone())?.desk.clone();
            let org = app::accounts::create_org(&desk, &input)
                .await
                .map_err(|e| anyhow::anyhow!("organization not created: {}", refusal(&e)))?;
            println!("created organization {} ({})", org.slug, org.id);
        }
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    role,
                    org,
                    name,
                    password_stdin,
                    locale,
                },
        } => {
            let password_hash = if password_stdin {
                let mut input = String::new();
                std::io::stdin()
                    .read_to_string(&mut input)
                    .context("reading the password")?;
                let line = input.lines().next().unwrap_or("");
                let pw = domain::account::NewPassword::parse(line)
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                Some(web::auth::hash_password(pw.expose()))
            } else {
                None
            };
            let role = match role {
                RoleArg::Requester => Role::Requester,
                RoleArg::Agent => Role::Agent,
                RoleArg::Admin => Role::Admin,
            };
            let locale: Locale = locale
                .parse()
                .map_err(|_| anyhow::anyhow!("--locale must be en or it"))?;
            let input = app::accounts::UserInput {
                email,
                name,
                role,
                org,
                locale,
                password_hash,
            };
            let desk = app_state(&config, store.clone())?.desk.clone();
            let user = app::accounts::create_user(&desk, input)
                .await
                .map_err(|e| anyhow::anyhow!("user not created: {}", refusal(&e)))?;
            println!(
                "created {} {} ({})",
                user.role.as_str(),
                user.email,
                user.id
            );
        }
        Command::User {
            command: UserCommand::Reveal { email, allowed },
        } => {
            let user = store
                .user_by_email(&email)
                .await?
                .with_context(|| format!("no user {email:?}"))?;
            let on = matches!(allowed, OnOff::On);
            let desk = app_state(&config, store.clone())?.desk.clone();
            app::accounts::set_reveal(&desk, &user, on)
                .await
                .map_err(|_| {
                    anyhow::anyhow!("only agents and admins can be allowed to reveal sealed values")
                })?;
            println!(
                "{}: reveal {}",
                user.email,
                if on { "allowed" } else { "not allowed" }
            );
        }
        Command::Token {
            command: TokenCommand::Create { email, label },
        } => {
            let user = store
                .user_by_email(&email)
                .await?
                .with_context(|| format!("no user {email:?}"))?;
            let token = web::auth::new_api_token();
            let now = time::OffsetDateTime::now_utc();
            store
                .create_api_token(
                    user.id,
                    &screened("--label", &label)?,
                    &web::auth::token_hash(&token),
                    now,
                )
                .await?;
            // Only the token on stdout, so scripts can capture it.
            println!("{token}");
        }
        Command::Mail {
            command: MailCommand::Receive,
        } => {
            let mut raw = Vec::new();
            std::io::stdin()
                .read_to_end(&mut raw)
                .context("reading the message")?;
            let state = app_state(&config, store)?;
            return match web::mail::inbound::receive(&state, &raw).await {
                Ok(outcome) => {
                    println!("{outcome:?}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(app::mail::inbound::NotTaken::Store(e)) => Err(e.into()),
                // EX_TEMPFAIL: the MTA keeps the message and tries again.
                Err(app::mail::inbound::NotTaken::Busy) => {
                    eprintln!("not accepted now: busy, try again later");
                    Ok(ExitCode::from(75))
                }
                Err(e) => {
                    eprintln!("not accepted: {e}");
                    Ok(ExitCode::from(1))
                }
            };
        }
        Command::Backup { out } => match &opened {
            OpenStore::Sqlite(sqlite) => {
                sqlite.backup_to(&out).await?;
                eprintln!("backup written to {}", out.display());
            }
            OpenStore::Postgres(_) => bail!(
                "`sportello backup` copies the SQLite database only; back up PostgreSQL \
                 with pg_dump (see README)"
            ),
        },
        Command::Scan { .. } | Command::Bench { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

fn init_logging(level: &str, format: crate::config::LogFormat) {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_new(level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        crate::config::LogFormat::Json => builder.json().with_ansi(false).try_init(),
        // Colour codes only where a person reads them: in a file they are
        // noise (and a fifth of the bytes).
        crate::config::LogFormat::Text => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
    };
}

fn app_state(config: &Config, store: Arc<dyn Store>) -> anyhow::Result<web::AppState> {
    // A wrong SLA, calendar or link setting stops the start, naming it.
    config.workspace()?;
    let key = keys::load_or_create(&config.data)?;
    let sealer = web::seal::Sealer::new(&key).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(web::AppState::new(
        store,
        Arc::new(web::SystemClock),
        config.settings(),
        sealer,
    ))
}

async fn serve(
    config: &Config,
    store: Arc<dyn Store>,
    listen: &str,
    demo: bool,
) -> anyhow::Result<()> {
    if demo {
        demo::seed(store.as_ref()).await?;
    }
    let state = app_state(config, store)?;
    if let (Some(smtp), Some(mail)) = (config.smtp()?, state.settings.mail.as_ref()) {
        let sender = web::mail::sender::Sender::new(&smtp, &mail.from)?;
        tokio::spawn(sender.run_forever(state.clone(), std::time::Duration::from_secs(5)));
        tracing::info!(host = %smtp.host, "mail delivery on");
    }
    // Destroys sealed values and debug tokens as they fall due.
    let purger = web::jobs::spawn_purger(state.clone(), std::time::Duration::from_secs(60));
    let notifier = web::mail::notifier::spawn(state.clone(), std::time::Duration::from_secs(5));
    if let Some(at) = &config.metrics_listen {
        let listener = tokio::net::TcpListener::bind(at)
            .await
            .with_context(|| format!("metrics_listen {at}"))?;
        tracing::info!(addr = %listener.local_addr()?, "metrics served");
        let metrics = web::metrics::metrics_router(state.clone());
        tokio::spawn(async move { axum::serve(listener, metrics).await });
    }
    let limits = web::server::ServeLimits::for_settings(&state.settings);
    let app = web::router(state);
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "serving");
    // The address comes last: whoever waits for it (a script, a test) may
    // stop reading there, and a print into a closed pipe must not stop the
    // server, so nothing after it is printed and failures are ignored. The
    // server answers meanwhile; what it says about the readers waits for
    // them to be found.
    tokio::spawn(async move {
        use std::io::Write;
        let readers = tokio::task::spawn_blocking(files::readers)
            .await
            .unwrap_or(files::Readers {
                ocr: false,
                pdf: false,
            });
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", readers_status(readers));
        let _ = writeln!(out, "Sportello is running at http://{addr}/");
        let _ = out.flush();
    });
    // Header-read timeout and connection cap (README, "Configuration").
    web::server::serve(listener, app, limits, shutdown()).await?;
    purger.abort();
    notifier.abort();
    Ok(())
}

/// What `serve` says at start-up about the file readers (also in
/// `GET /healthz`), and the warning it logs when one is missing.
pub fn readers_status(r: files::Readers) -> String {
    if !r.ocr {
        tracing::warn!(
            "tesseract is not installed: screenshots are NOT read for secrets (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-ita)"
        );
    }
    if !r.pdf {
        tracing::warn!(
            "poppler-utils is not installed: every PDF upload is refused (apt-get install poppler-utils)"
        );
    }
    format!(
        "ocr: {} (screenshots {}read), pdf: {} (PDFs {})",
        r.ocr,
        if r.ocr { "" } else { "NOT " },
        r.pdf,
        if r.pdf { "read" } else { "refused" }
    )
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// A name or label given on the command line, cleaned and screened like
/// one typed into a form (it is kept and shown the same way).
fn screened(flag: &str, text: &str) -> anyhow::Result<guard::Screened> {
    app::text::name(flag, text).map_err(|e| match e.sensitive() {
        Some(found) => anyhow::anyhow!(
            "{flag} looks like it holds a secret ({}); nothing was created",
            found[0].kind.code()
        ),
        None => anyhow::anyhow!("{flag} must be 1 to 100 characters"),
    })
}

/// An application error as a command-line message: which option, or why.
fn refusal(e: &app::AppError) -> String {
    match e {
        app::AppError::InvalidValue(what) => format!("invalid --{}", what.replace('_', "-")),
        app::AppError::Unprocessable { fields, findings } => {
            match (fields.first(), findings.first()) {
                (_, Some(f)) => format!(
                    "--{} looks like it holds a secret ({})",
                    f.field,
                    f.kind.code()
                ),
                (Some(f), None) => format!("--{}: {}", f.field.replace('_', "-"), f.code.as_str()),
                (None, None) => "refused".into(),
            }
        }
        app::AppError::Conflict(code) => code.replace('_', " "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_status_line_says_whether_screenshots_are_read() {
        let off = super::readers_status(files::Readers {
            ocr: false,
            pdf: true,
        });
        assert!(
            off.contains("ocr: false") && off.contains("screenshots NOT read"),
            "{off}"
        );
        let on = super::readers_status(files::Readers {
            ocr: true,
            pdf: true,
        });
        assert!(
            on.contains("ocr: true") && on.contains("(screenshots read)"),
            "{on}"
        );
    }
}
