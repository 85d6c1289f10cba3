use super::{Condition, FieldKind, FieldSpec, FormSpec, Requirement};

const fn field(key: &'static str, kind: FieldKind, required: Requirement) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        required,
        only_when: None,
        default: None,
        identifier: false,
    }
}

const fn text(max_chars: usize, multiline: bool) -> FieldKind {
    FieldKind::Text {
        max_chars,
        multiline,
    }
}

pub const PRODUCTS: &[&str] = &["payments", "data", "other"];
pub const REQUEST_MODES: &[&str] = &["sync", "async", "batch"];

/// The incident form (`docs/interfaces.md`): everything support needs to start
/// work without a round of questions.
pub fn incident() -> FormSpec {
    use Requirement::{Always, Optional};
    let identifier = |mut f: FieldSpec| {
        f.identifier = true;
        f
    };
    FormSpec {
        key: "incident",
        fields: vec![
            field("subject", text(150, false), Always),
            field("product", FieldKind::Choice { options: PRODUCTS }, Always),
            // Right after what reveals it: shown (and required) for payments.
            identifier(field(
                "simp_id",
                FieldKind::Uuid,
                Requirement::If {
                    field: "product",
                    values: &["payments"],
                },
            )),
            identifier(field("client_id", FieldKind::ClientId, Always)),
            field(
                "occurred_at",
                FieldKind::DateTime {
                    max_future_secs: 300,
                },
                Always,
            ),
            field("error_message", text(4000, true), Always),
            field("steps", text(10_000, true), Always),
            field(
                "endpoints",
                FieldKind::EndpointList { max_items: 20 },
                Always,
            ),
            FieldSpec {
                default: Some("sync"),
                ..field(
                    "request_mode",
                    FieldKind::Choice {
                        options: REQUEST_MODES,
                    },
                    Optional,
                )
            },
            // Right after what reveals it: asynchronous and batch calls.
            identifier(field(
                "task_id",
                FieldKind::Uuid,
                Requirement::If {
                    field: "request_mode",
                    values: &["async", "batch"],
                },
            )),
            field("device", text(200, false), Always),
            field("browser", text(300, false), Always),
            identifier(field("debug_id", FieldKind::DebugId, Optional)),
            identifier(field("x_request_id", FieldKind::Uuid, Optional)),
            field("refresh_related", FieldKind::Bool, Optional),
            FieldSpec {
                only_when: Some(Condition::IsTrue {
                    field: "refresh_related",
                }),
                ..field(
                    "refresh_token",
                    FieldKind::Sealed { max_chars: 4096 },
                    Optional,
                )
            },
            field("description", text(20_000, true), Optional),
        ],
    }
}
