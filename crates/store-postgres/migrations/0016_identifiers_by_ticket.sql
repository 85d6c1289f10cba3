-- Reading or deleting a ticket's identifiers (a field corrected, a ticket
-- purged) looked through every ticket's: no index began with ticket_id.
CREATE INDEX ticket_identifiers_ticket ON ticket_identifiers(ticket_id);
