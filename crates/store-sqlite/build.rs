// `sqlx::migrate!` embeds `migrations/` at compile time; without this a
// migration file added after the last build would not be noticed.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
