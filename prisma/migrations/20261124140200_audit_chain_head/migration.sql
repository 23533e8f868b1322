-- Locks the audit chain for the rest of the transaction and returns its head, in one round trip
-- (recordAudit runs inside every state change, pnpm bench:audit measures it). VOLATILE, so the
-- SELECT takes a fresh snapshot after the lock is granted and sees the previous writer's commit.
-- Body as an E'' string with \x3B for semicolons: the migration runner splits at every semicolon.
CREATE FUNCTION tekser_lock_audit_head(lock_key bigint, OUT head_seq text, OUT head_hash text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE AS
E'BEGIN PERFORM pg_advisory_xact_lock(lock_key)\x3B RETURN QUERY SELECT e.seq::text, e.hash FROM "AuditEvent" e ORDER BY e.seq DESC LIMIT 1\x3B END';
