-- Sealing bound to its place (issue 14): a random name per ticket, made
-- when its values are sealed and part of their associated data, so a
-- ciphertext copied to another ticket does not open there. Tickets from
-- before have none and open as they were sealed.
ALTER TABLE tickets ADD COLUMN seal_binding TEXT;
