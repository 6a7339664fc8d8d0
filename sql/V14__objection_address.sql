-- The address an objection was filed from, so the public form can limit how many one address files in an hour.
ALTER TABLE award_objection ADD COLUMN client_address VARCHAR(64);
CREATE INDEX ix_objection_address ON award_objection (client_address, received_at);
