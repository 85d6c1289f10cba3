//! Who may see what. Every read of a ticket goes through `can_view_ticket`;
//! callers answer "not found" when it says no, so a ticket's existence is
//! never revealed to someone who may not see it.

use crate::Role;

/// The person asking, as far as permissions care.
#[derive(Debug, Clone, Copy)]
pub struct Viewer {
    pub user_id: i64,
    pub role: Role,
    pub org_id: Option<i64>,
    /// Whether the viewer's organization shares requests among its members.
    pub org_shared: bool,
}

/// The facts about a ticket that decide who sees it.
#[derive(Debug, Clone, Copy)]
pub struct TicketOwnership {
    pub requester_id: i64,
    pub org_id: Option<i64>,
}

pub fn can_view_ticket(viewer: &Viewer, ticket: &TicketOwnership) -> bool {
    if viewer.role.is_staff() || viewer.user_id == ticket.requester_id {
        return true;
    }
    viewer.org_shared && viewer.org_id.is_some() && viewer.org_id == ticket.org_id
}

/// Internal notes and desk controls are for staff only.
pub fn can_work_tickets(viewer: &Viewer) -> bool {
    viewer.role.is_staff()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(user_id: i64, role: Role, org_id: Option<i64>, org_shared: bool) -> Viewer {
        Viewer {
            user_id,
            role,
            org_id,
            org_shared,
        }
    }
    const TICKET: TicketOwnership = TicketOwnership {
        requester_id: 1,
        org_id: Some(10),
    };

    #[test]
    fn matrix() {
        assert!(can_view_ticket(
            &viewer(1, Role::Requester, Some(10), false),
            &TICKET
        ));
        assert!(!can_view_ticket(
            &viewer(2, Role::Requester, Some(10), false),
            &TICKET
        ));
        assert!(can_view_ticket(
            &viewer(2, Role::Requester, Some(10), true),
            &TICKET
        ));
        assert!(!can_view_ticket(
            &viewer(3, Role::Requester, Some(11), true),
            &TICKET
        ));
        assert!(!can_view_ticket(
            &viewer(3, Role::Requester, None, true),
            &TICKET
        ));
        assert!(can_view_ticket(
            &viewer(4, Role::Agent, None, false),
            &TICKET
        ));
        assert!(can_view_ticket(
            &viewer(5, Role::Admin, None, false),
            &TICKET
        ));
        let orphan = TicketOwnership {
            requester_id: 1,
            org_id: None,
        };
        assert!(!can_view_ticket(
            &viewer(2, Role::Requester, None, true),
            &orphan
        ));
    }
}
