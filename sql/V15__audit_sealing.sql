-- Audit rows are written without locking the chain's head, which made every audited change commit one after the
-- other, and linked into the chain shortly after they commit (AuditLog.sealPending).
-- id is now assigned by the database; chain_seq is the row's place in the chain, null until it is linked, and
-- prev_hash and hash are null until then too. Rows written before were linked in id order with their id as the
-- position that is hashed, so their position is their id and their hashes stay valid. audit_head.last_id holds the
-- last position.
ALTER TABLE audit_entry MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
ALTER TABLE audit_entry ADD COLUMN chain_seq BIGINT;
UPDATE audit_entry SET chain_seq = id;
ALTER TABLE audit_entry MODIFY prev_hash CHAR(64) NULL;
ALTER TABLE audit_entry MODIFY hash CHAR(64) NULL;
CREATE UNIQUE INDEX ux_audit_chain_seq ON audit_entry (chain_seq);
