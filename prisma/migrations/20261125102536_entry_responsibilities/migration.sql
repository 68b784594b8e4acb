-- CreateTable
CREATE TABLE "entry_responsibilities" (
    "entry_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "entry_responsibilities_pkey" PRIMARY KEY ("entry_id","organisation_id")
);

-- CreateIndex
CREATE INDEX "entry_responsibilities_organisation_id_idx" ON "entry_responsibilities"("organisation_id");

-- AddForeignKey
ALTER TABLE "entry_responsibilities" ADD CONSTRAINT "entry_responsibilities_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "action_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_responsibilities" ADD CONSTRAINT "entry_responsibilities_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rounds published before this table existed: their organisations are the actions' current ones.
INSERT INTO "entry_responsibilities" ("entry_id", "organisation_id", "position")
SELECT e."id", r."organisation_id", r."position"
FROM "action_entries" e
JOIN "reporting_rounds" rr ON rr."id" = e."round_id" AND rr."state" = 'PUBLISHED'
JOIN "action_responsibilities" r ON r."action_id" = e."action_id";
