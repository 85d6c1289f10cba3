//! Schemas of the domain's values as they go on the wire, for the OpenAPI
//! document: the domain crate knows no OpenAPI, so these mirror its serde
//! shapes, and the tests below hold them to the real enums. Here, below
//! both faces, because request bodies shared by the pages and the API
//! (`common::workspace`) name them too.

// Described, never built: the values on the wire are the domain's own.
#![allow(dead_code)]

use utoipa::ToSchema;

/// A ticket's status.
#[derive(Debug, ToSchema)]
#[schema(as = Status)]
#[serde(rename_all = "snake_case")]
pub enum StatusDoc {
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed,
}

/// A ticket's priority.
#[derive(Debug, ToSchema)]
#[schema(as = Priority)]
#[serde(rename_all = "snake_case")]
pub enum PriorityDoc {
    Low,
    Normal,
    High,
    Urgent,
}

/// What a user may do.
#[derive(Debug, ToSchema)]
#[schema(as = Role)]
#[serde(rename_all = "snake_case")]
pub enum RoleDoc {
    Requester,
    Agent,
    Admin,
}

/// A language of the product.
#[derive(Debug, ToSchema)]
#[schema(as = Locale)]
#[serde(rename_all = "lowercase")]
pub enum LocaleDoc {
    En,
    It,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;
    use utoipa::PartialSchema;

    fn enum_values<T: PartialSchema>() -> Vec<String> {
        let v = serde_json::to_value(T::schema()).unwrap();
        v["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    }

    fn wire<T: serde::Serialize>(all: &[T]) -> Vec<String> {
        all.iter()
            .map(|x| match serde_json::to_value(x).unwrap() {
                Value::String(s) => s,
                other => panic!("{other}"),
            })
            .collect()
    }

    #[test]
    fn the_enum_schemas_are_the_domains_enums() {
        assert_eq!(enum_values::<StatusDoc>(), wire(domain::Status::ALL));
        assert_eq!(enum_values::<PriorityDoc>(), wire(domain::Priority::ALL));
        assert_eq!(
            enum_values::<RoleDoc>(),
            wire(&[
                domain::Role::Requester,
                domain::Role::Agent,
                domain::Role::Admin
            ])
        );
        assert_eq!(enum_values::<LocaleDoc>(), wire(&domain::Locale::ALL));
    }
}
