-- AlterTable
ALTER TABLE "actions" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- Existing actions keep the order of the latest round that reports them.
UPDATE "actions" AS a
SET "position" = latest."position"
FROM (
  SELECT DISTINCT ON (e."action_id") e."action_id", e."position"
  FROM "action_entries" AS e
  JOIN "reporting_rounds" AS r ON r."id" = e."round_id"
  ORDER BY e."action_id", r."date" DESC, r."id" DESC
) AS latest
WHERE latest."action_id" = a."id";
