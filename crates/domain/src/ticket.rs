//! Ticket statuses, priorities and comment visibility.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value")]
pub struct UnknownValue;

macro_rules! string_enum {
    ($name:ident { $($variant:ident => $s:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($s => Ok($name::$variant),)+ _ => Err(UnknownValue) }
            }
        }
    };
}

string_enum!(Status {
    New => "new",
    Open => "open",
    Pending => "pending",
    OnHold => "on_hold",
    Solved => "solved",
    Closed => "closed",
});

string_enum!(Priority {
    Low => "low",
    Normal => "normal",
    High => "high",
    Urgent => "urgent",
});

impl Status {
    /// Whether the requester may still add to the conversation.
    pub fn accepts_requester_replies(self) -> bool {
        self != Status::Closed
    }

    /// The status a ticket moves to when its requester writes again:
    /// a waiting or solved ticket needs the agents' attention once more.
    pub fn after_requester_reply(self) -> Status {
        match self {
            Status::Pending | Status::Solved => Status::Open,
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommentVisibility {
    /// Seen by the requester (and their organization when shared).
    Public,
    /// Seen by agents only.
    Internal,
}

impl CommentVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            CommentVisibility::Public => "public",
            CommentVisibility::Internal => "internal",
        }
    }
    pub fn from_public(public: bool) -> Self {
        if public { Self::Public } else { Self::Internal }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip() {
        for s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>(), Ok(*s));
        }
        assert!("done".parse::<Status>().is_err());
    }

    #[test]
    fn requester_reply_reopens() {
        assert_eq!(Status::Pending.after_requester_reply(), Status::Open);
        assert_eq!(Status::Solved.after_requester_reply(), Status::Open);
        assert_eq!(Status::New.after_requester_reply(), Status::New);
        assert!(!Status::Closed.accepts_requester_replies());
    }
}
