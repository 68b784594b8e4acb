-- CreateTable
CREATE TABLE "organisation_codes" (
    "code" TEXT NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "spelling" TEXT NOT NULL,
    "is_abbreviation" BOOLEAN NOT NULL,

    CONSTRAINT "organisation_codes_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "organisation_codes_organisation_id_idx" ON "organisation_codes"("organisation_id");

-- AddForeignKey
ALTER TABLE "organisation_codes" ADD CONSTRAINT "organisation_codes_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An organisation's abbreviation and aliases, in lower case, as rows of organisation_codes: its
-- primary key makes every code unique across all organisations whatever its case (nvp beside NVP,
-- or an alias NVP of another organisation, is refused), and two transactions creating the same
-- code at once cannot both commit. An organisation's own alias may equal its abbreviation (NJi
-- and NJI): its codes are taken once, the abbreviation first.
CREATE FUNCTION organisations_sync_codes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "organisation_codes" WHERE "organisation_id" = NEW."id";
  INSERT INTO "organisation_codes" ("code", "organisation_id", "spelling", "is_abbreviation")
  SELECT DISTINCT ON (lower("spelling")) lower("spelling"), NEW."id", "spelling", "is_abbreviation"
  FROM (
    SELECT NEW."abbreviation" AS "spelling", true AS "is_abbreviation"
    UNION ALL
    SELECT btrim("alias"), false FROM unnest(NEW."aliases") AS "alias" WHERE btrim("alias") <> ''
  ) AS "spellings"
  ORDER BY lower("spelling"), "is_abbreviation" DESC;
  RETURN NULL;
END;
$$;

CREATE TRIGGER organisations_sync_codes
  AFTER INSERT OR UPDATE OF "abbreviation", "aliases" ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION organisations_sync_codes();

-- The organisations that exist: a database holding duplicates stops here, naming the code.
UPDATE "organisations" SET "aliases" = "aliases";
