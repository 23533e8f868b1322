-- The audit log is append-only in the database itself, not only by convention in the services:
-- every UPDATE, DELETE or TRUNCATE of "AuditEvent" is refused, whoever sends it.
--
-- A trigger can be disabled or dropped only by the table's owner (or a superuser). Run the
-- application as a role that does NOT own the tables (see docs/decisions/0008): it can then
-- insert and read events but neither change them nor switch this guard off. Deliberate repairs
-- need the owner and leave a trace in PostgreSQL's own logs, outside the application's reach.
-- The body is an E'' string with \x3B for its semicolon: the migration runner (the pg driver
-- adapter's executeScript) splits scripts at every semicolon, even inside quotes.
CREATE FUNCTION tekser_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''the audit log is append-only: % on "%" is not allowed'', TG_OP, TG_TABLE_NAME USING ERRCODE = ''insufficient_privilege'', HINT = ''Audit events and checkpoints are never changed or removed. Append a correcting event instead.''\x3B END';

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION tekser_refuse_audit_change();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION tekser_refuse_audit_change();
