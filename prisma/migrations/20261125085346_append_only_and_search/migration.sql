-- History is append-only: versions of updates and the audit log can be added, never changed or removed.
CREATE FUNCTION forbid_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER action_updates_append_only
  BEFORE UPDATE OR DELETE ON "action_updates"
  FOR EACH ROW EXECUTE FUNCTION forbid_history_change();

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION forbid_history_change();

-- Entries of rounds published before review existed count as approved.
UPDATE "action_entries" AS e
SET "review_state" = 'APPROVED'
FROM "reporting_rounds" AS r
WHERE r."id" = e."round_id" AND r."state" = 'PUBLISHED';

-- Full-text search (Dutch) over what a round says about an action.
CREATE INDEX "action_updates_search_idx" ON "action_updates"
  USING GIN (to_tsvector('dutch', "title" || ' ' || "result" || ' ' || "planning"));
