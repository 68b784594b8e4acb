-- The version an entry had when a partner marked it ready: a co-partner's later save is compared with it.
ALTER TABLE "action_entries" ADD COLUMN     "ready_marked_version" INTEGER;

-- Entries marked ready before this column existed: the latest version saved by the time of the mark.
UPDATE "action_entries" e
SET "ready_marked_version" = (
  SELECT max(u."version") FROM "action_updates" u WHERE u."entry_id" = e."id" AND u."created_at" <= e."ready_marked_at"
)
WHERE e."ready_marked_at" IS NOT NULL;
