//! The wire shapes of the workspace's operations both faces take (a bulk
//! change, a new macro); the use cases are `app::workspace`.

use domain::Status;
use serde::Deserialize;

/// One change to many tickets.
#[derive(Debug, Deserialize, Default, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkBody {
    pub ids: Vec<i64>,
    #[serde(default)]
    #[schema(value_type = Option<crate::common::schema::StatusDoc>)]
    pub status: Option<Status>,
    /// An agent's id, or `null` to unassign.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<i64>)]
    pub assignee_id: Option<Option<i64>>,
    #[serde(default)]
    pub add_tags: Vec<String>,
    #[serde(default)]
    pub remove_tags: Vec<String>,
    #[serde(default)]
    pub problem_id: Option<i64>,
}

fn double_option<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(d).map(Some)
}

impl From<&BulkBody> for app::workspace::Bulk {
    fn from(b: &BulkBody) -> Self {
        app::workspace::Bulk {
            ids: b.ids.clone(),
            status: b.status,
            assignee_id: b.assignee_id,
            add_tags: b.add_tags.clone(),
            remove_tags: b.remove_tags.clone(),
            problem_id: b.problem_id,
        }
    }
}

/// A new macro: a reply with placeholders (`{{requester.name}}`, …), a
/// status to set and tags to add.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MacroBody {
    pub title: String,
    pub body: String,
    #[serde(default)]
    #[schema(value_type = Option<crate::common::schema::StatusDoc>)]
    pub status: Option<Status>,
    #[serde(default)]
    pub tags: Vec<String>,
}

impl From<MacroBody> for app::workspace::MacroInput {
    fn from(b: MacroBody) -> Self {
        app::workspace::MacroInput {
            title: b.title,
            body: b.body,
            status: b.status,
            tags: b.tags,
        }
    }
}
