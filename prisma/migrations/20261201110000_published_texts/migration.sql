-- AlterTable
ALTER TABLE "action_entries" ADD COLUMN     "description" TEXT;

-- CreateTable
CREATE TABLE "round_plan_texts" (
    "round_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "round_plan_texts_pkey" PRIMARY KEY ("round_id")
);

-- CreateTable
CREATE TABLE "round_lines" (
    "round_id" INTEGER NOT NULL,
    "line_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "opgave" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "parent_id" INTEGER,

    CONSTRAINT "round_lines_pkey" PRIMARY KEY ("round_id","line_id")
);

-- AddForeignKey
ALTER TABLE "round_plan_texts" ADD CONSTRAINT "round_plan_texts_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_lines" ADD CONSTRAINT "round_lines_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_lines" ADD CONSTRAINT "round_lines_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "action_lines"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rounds published before these copies existed: their texts are the current ones, the best
-- knowledge there is (the same statements as lib/rounds/record-published-texts.ts, for every
-- published round).
INSERT INTO "round_plan_texts" ("round_id", "title", "summary")
SELECT r."id", p."title", p."summary"
FROM "reporting_rounds" r
JOIN "plans" p ON p."id" = r."plan_id"
WHERE r."state" = 'PUBLISHED';

WITH RECURSIVE "shown" ("round_id", "line_id") AS (
  SELECT DISTINCT e."round_id", e."line_id"
  FROM "action_entries" e
  JOIN "reporting_rounds" r ON r."id" = e."round_id" AND r."state" = 'PUBLISHED'
  UNION
  SELECT s."round_id", l."parent_id"
  FROM "action_lines" l
  JOIN "shown" s ON s."line_id" = l."id"
  WHERE l."parent_id" IS NOT NULL
)
INSERT INTO "round_lines" ("round_id", "line_id", "code", "title", "opgave", "position", "parent_id")
SELECT s."round_id", l."id", l."code", l."title", l."opgave", l."position", l."parent_id"
FROM "shown" s
JOIN "action_lines" l ON l."id" = s."line_id";

UPDATE "action_entries" e
SET "description" = a."description"
FROM "actions" a, "reporting_rounds" r
WHERE a."id" = e."action_id" AND r."id" = e."round_id" AND r."state" = 'PUBLISHED';
