-- The administrators' audit log filtered by action counted every row of the log (100,000 rows at size L: 42 ms for
-- the count of one action on MariaDB); with this index the count reads the action's index entries (2 ms) and the
-- page its newest 50 of them.
CREATE INDEX ix_audit_action ON audit_entry (action);
