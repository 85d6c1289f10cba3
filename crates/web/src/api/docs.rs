//! Parts of the OpenAPI document that no handler owns: the error responses
//! by status (each with its codes as an enum), the schemas of the domain's
//! enums and of the form spec (the domain crate knows no OpenAPI), and the
//! security schemes. `openapi.rs` puts them together with the operations.

use crate::error::{CODES_BY_STATUS, ErrorBody};
use std::collections::BTreeMap;
use utoipa::openapi::schema::{AllOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{
    ContentBuilder, HeaderBuilder, OpenApi, Ref, RefOr, Response, ResponseBuilder,
};
use utoipa::{IntoResponses, PartialSchema, ToSchema};

pub use crate::common::schema::{LocaleDoc, PriorityDoc, RoleDoc, StatusDoc};

/// The name of an error status's schema (`Error404`).
fn error_schema_name(status: u16) -> String {
    format!("Error{status}")
}

fn describe(status: u16) -> &'static str {
    match status {
        400 => "Malformed: the body or the query does not parse",
        401 => "No valid API token or session",
        403 => "Not allowed (or, for a cookie session writing, the CSRF header is missing)",
        404 => "No such record, or one the caller may not see",
        408 => "The request did not arrive in time",
        409 => "Conflicts with what is stored; the code says how",
        413 => "Too large; the code says which limit",
        415 => "The body is not JSON (`Content-Type: application/json`)",
        422 => "Invalid fields, or sensitive data found (the code says which)",
        429 => "Too many; wait `Retry-After` seconds",
        503 => "Busy (nothing was kept); send again after `Retry-After` seconds",
        _ => "Error",
    }
}

fn error_response(status: u16) -> RefOr<Response> {
    let content = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name(error_schema_name(status))))
        .build();
    let mut builder = ResponseBuilder::new()
        .description(describe(status))
        .content("application/json", content);
    if status == 429 || status == 503 {
        builder = builder.header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(Some(i64::schema()))
                .description(Some("Seconds to wait"))
                .build(),
        );
    }
    builder.build().into()
}

macro_rules! error_statuses {
    ($($name:ident = $status:literal),+ $(,)?) => {
        $(
            #[doc = concat!("The error answer with status ", stringify!($status), ".")]
            #[derive(Debug)]
            pub struct $name;
            impl IntoResponses for $name {
                fn responses() -> BTreeMap<String, RefOr<Response>> {
                    BTreeMap::from([($status.to_string(), error_response($status))])
                }
            }
        )+
    };
}

error_statuses!(
    E400 = 400,
    E401 = 401,
    E403 = 403,
    E404 = 404,
    E408 = 408,
    E409 = 409,
    E413 = 413,
    E415 = 415,
    E422 = 422,
    E429 = 429,
    E503 = 503,
);

/// What every operation may answer whatever it does: a query that does
/// not parse (400) and a request that is too slow (408), both answered by
/// the layers before routing.
#[derive(Debug)]
pub struct Always;
impl IntoResponses for Always {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let mut m = E400::responses();
        m.append(&mut E408::responses());
        m
    }
}

/// A JSON body: malformed (400), too large (413), not JSON (415), invalid
/// or refused by the guard (422).
#[derive(Debug)]
pub struct JsonErrors;
impl IntoResponses for JsonErrors {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let mut m = E413::responses();
        m.append(&mut E415::responses());
        m.append(&mut E422::responses());
        m
    }
}

/// Signed in (401) and allowed (403).
#[derive(Debug)]
pub struct Auth;
impl IntoResponses for Auth {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let mut m = E401::responses();
        m.append(&mut E403::responses());
        m
    }
}

/// Adds to the document what the operations refer to: the error schemas
/// (the body's shape, and per status the codes it can carry), the security
/// schemes (API token as a bearer token, or the session cookie with the
/// CSRF header for writes), and that every operation wants one of them
/// unless it says otherwise.
pub fn complete(doc: &mut OpenApi) {
    let components = doc.components.get_or_insert_with(Default::default);
    let mut schemas: Vec<(String, RefOr<Schema>)> = vec![];
    ErrorBody::schemas(&mut schemas);
    schemas.push((ErrorBody::name().into_owned(), ErrorBody::schema()));
    for (name, schema) in schemas {
        components.schemas.insert(name, schema);
    }
    for (status, codes) in CODES_BY_STATUS {
        let code = ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(codes.iter().copied()));
        let detail = ObjectBuilder::new().property("code", code).required("code");
        let narrowed = ObjectBuilder::new()
            .property("error", detail)
            .required("error");
        let schema = AllOfBuilder::new()
            .item(Ref::from_schema_name(ErrorBody::name()))
            .item(narrowed)
            .description(Some(describe(*status)))
            .build();
        components
            .schemas
            .insert(error_schema_name(*status), Schema::AllOf(schema).into());
    }
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .description(Some(
                    "An API token (`spt_…`): `sportello token create` or `POST /api/v1/tokens`",
                ))
                .build(),
        ),
    );
    components.add_security_scheme(
        "session",
        SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
            crate::auth::SESSION_COOKIE,
            "The browser's session; writes also send the `x-csrf-token` header \
             (the `sportello_csrf` cookie's value)",
        ))),
    );
    doc.security = Some(vec![
        utoipa::openapi::security::SecurityRequirement::new("bearer", Vec::<String>::new()),
        utoipa::openapi::security::SecurityRequirement::new("session", Vec::<String>::new()),
    ]);
}

/// A form field's value as kept: text, a list of texts, or a flag.
#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[serde(untagged)]
pub enum FieldValue {
    Text(String),
    List(Vec<String>),
    Flag(bool),
}

/// Where a sanitizer took a value out of a file (never the value).
#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[schema(as = Removal)]
pub struct RemovalDoc {
    /// e.g. `entries[3].request.headers[Authorization]`.
    pub location: String,
    pub kind: String,
}

/// A form: its fields and their rules (`domain::form::FormSpec`).
#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[schema(as = FormSpec)]
pub struct FormSpecDoc {
    pub key: String,
    pub fields: Vec<FieldSpecDoc>,
}

#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[schema(as = FieldSpec)]
pub struct FieldSpecDoc {
    pub key: String,
    #[serde(flatten)]
    pub kind: FieldKindDoc,
    pub required: RequirementDoc,
    /// The field may only carry a value while this holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_when: Option<ConditionDoc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Whether agents search on the value exactly.
    pub identifier: bool,
}

#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[schema(as = FieldKind)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKindDoc {
    Text { max_chars: u64, multiline: bool },
    Choice { options: Vec<String> },
    ClientId,
    DateTime { max_future_secs: i64 },
    EndpointList { max_items: u64 },
    Uuid,
    DebugId,
    Bool,
    Sealed { max_chars: u64 },
}

#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[schema(as = Requirement)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum RequirementDoc {
    Always,
    Optional,
    If { field: String, values: Vec<String> },
}

#[allow(dead_code)] // described, never built
#[derive(Debug, ToSchema)]
#[schema(as = Condition)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum ConditionDoc {
    IsTrue { field: String },
}
