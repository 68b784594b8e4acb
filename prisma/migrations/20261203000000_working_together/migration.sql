-- Working together on a round: the comment thread of an entry, the reason an action is no longer
-- reported, archived actielijnen, one organisation per place in a
-- responsibility list (position 0 is the lead, the trekker), and where each audit line belongs.
CREATE TYPE "EntryCommentKind" AS ENUM ('RETURN', 'ANSWER', 'NOTE');

ALTER TABLE "action_lines" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);

ALTER TABLE "actions" ADD COLUMN     "discontinued_reason" TEXT;

ALTER TABLE "audit_log" ADD COLUMN     "action_id" INTEGER,
ADD COLUMN     "actor_organisation_id" INTEGER,
ADD COLUMN     "plan_id" INTEGER,
ADD COLUMN     "round_id" INTEGER;

CREATE TABLE "entry_comments" (
    "id" SERIAL NOT NULL,
    "entry_id" INTEGER NOT NULL,
    "author_id" INTEGER NOT NULL,
    "kind" "EntryCommentKind" NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entry_comments_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "entry_comments_entry_id_id_idx" ON "entry_comments"("entry_id", "id");

CREATE UNIQUE INDEX "action_responsibilities_action_id_position_key" ON "action_responsibilities"("action_id", "position");

CREATE INDEX "audit_log_actor_id_idx" ON "audit_log"("actor_id");

CREATE INDEX "audit_log_actor_organisation_id_idx" ON "audit_log"("actor_organisation_id");

CREATE INDEX "audit_log_plan_id_idx" ON "audit_log"("plan_id");

CREATE INDEX "audit_log_round_id_idx" ON "audit_log"("round_id");

CREATE INDEX "audit_log_action_id_idx" ON "audit_log"("action_id");

CREATE UNIQUE INDEX "entry_responsibilities_entry_id_position_key" ON "entry_responsibilities"("entry_id", "position");


ALTER TABLE "entry_comments" ADD CONSTRAINT "entry_comments_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "action_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "entry_comments" ADD CONSTRAINT "entry_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The conversation about an entry is history: it can be added to, never changed or removed.
CREATE TRIGGER entry_comments_append_only
  BEFORE UPDATE OR DELETE ON "entry_comments"
  FOR EACH ROW EXECUTE FUNCTION forbid_history_change();

-- A return comment written before the thread existed becomes its first comment.
INSERT INTO "entry_comments" ("entry_id", "author_id", "kind", "body", "version", "created_at")
SELECT e."id", e."reviewed_by_id", 'RETURN', e."review_comment", u."version", COALESCE(e."reviewed_at", CURRENT_TIMESTAMP)
FROM "action_entries" e
JOIN "action_updates" u ON u."id" = e."current_update_id"
WHERE e."review_state" = 'RETURNED' AND e."review_comment" IS NOT NULL AND e."reviewed_by_id" IS NOT NULL;

-- Where each earlier audit line belongs. The log is append-only; only this migration fills in the
-- new columns of the lines written before them.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_append_only";

UPDATE "audit_log" a SET "actor_organisation_id" = u."organisation_id"
FROM "users" u WHERE u."id" = a."actor_id";

UPDATE "audit_log" a SET "action_id" = e."action_id", "round_id" = e."round_id", "plan_id" = r."plan_id"
FROM "action_entries" e JOIN "reporting_rounds" r ON r."id" = e."round_id"
WHERE a."entity_type" = 'entry' AND a."entity_id" = e."id"::text;

UPDATE "audit_log" a SET "round_id" = r."id", "plan_id" = r."plan_id"
FROM "reporting_rounds" r
WHERE a."entity_type" = 'round' AND a."entity_id" = r."id"::text;

UPDATE "audit_log" a SET "action_id" = x."id", "plan_id" = x."plan_id"
FROM "actions" x
WHERE a."entity_type" = 'action' AND a."entity_id" = x."id"::text;

UPDATE "audit_log" a SET "plan_id" = l."plan_id"
FROM "action_lines" l
WHERE a."entity_type" = 'line' AND a."entity_id" = l."id"::text;

UPDATE "audit_log" a SET "plan_id" = p."id"
FROM "plans" p
WHERE a."entity_type" = 'plan' AND a."entity_id" = p."id"::text;

ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_append_only";
