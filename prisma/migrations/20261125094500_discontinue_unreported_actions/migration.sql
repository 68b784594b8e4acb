-- The latest published report is the current list of a plan's actions: an action it no longer
-- reports is marked as such (from that report's date), so a new round leaves it out. Its history
-- stays; a ministry editor can report it again.
UPDATE "actions" AS a
SET "discontinued_at" = latest."date"
FROM (
  SELECT DISTINCT ON (r."plan_id") r."plan_id", r."id", r."date"
  FROM "reporting_rounds" AS r
  WHERE r."state" = 'PUBLISHED'
  ORDER BY r."plan_id", r."date" DESC, r."id" DESC
) AS latest
WHERE a."plan_id" = latest."plan_id"
  AND a."discontinued_at" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "action_entries" AS e WHERE e."action_id" = a."id" AND e."round_id" = latest."id");
