-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('BIJLAGE', 'WORKBOOK');

-- CreateEnum
CREATE TYPE "ImportState" AS ENUM ('UPLOADED', 'APPLIED', 'DISCARDED');

-- CreateTable
CREATE TABLE "import_files" (
    "id" SERIAL NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "round_id" INTEGER,
    "new_round" JSONB,
    "uploaded_by_id" INTEGER,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" "ImportState" NOT NULL DEFAULT 'UPLOADED',
    "applied_at" TIMESTAMPTZ(3),
    "applied_by_id" INTEGER,
    "outcome" JSONB,

    CONSTRAINT "import_files_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_files_plan_id_uploaded_at_idx" ON "import_files"("plan_id", "uploaded_at");

-- CreateIndex
CREATE INDEX "import_files_round_id_idx" ON "import_files"("round_id");

-- CreateIndex
CREATE INDEX "import_files_uploaded_by_id_uploaded_at_idx" ON "import_files"("uploaded_by_id", "uploaded_at");

-- CreateIndex
CREATE INDEX "import_files_sha256_idx" ON "import_files"("sha256");

-- AddForeignKey
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_files" ADD CONSTRAINT "import_files_applied_by_id_fkey" FOREIGN KEY ("applied_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An upload is evidence of what arrived: its bytes, hash, uploader and moment never change, and
-- no row is removed. What may change: the state, once, from UPLOADED to APPLIED or DISCARDED (with
-- who and when, and the outcome); the round, from none to the one a bijlage created when applied,
-- or to none when its concept round is deleted.
CREATE FUNCTION import_files_keep_upload() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'import_files is append-only: an upload is never removed' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.kind IS DISTINCT FROM OLD.kind OR NEW.file_name IS DISTINCT FROM OLD.file_name
     OR NEW.format IS DISTINCT FROM OLD.format OR NEW.size IS DISTINCT FROM OLD.size
     OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.content IS DISTINCT FROM OLD.content
     OR NEW.plan_id IS DISTINCT FROM OLD.plan_id OR NEW.new_round IS DISTINCT FROM OLD.new_round
     OR NEW.uploaded_by_id IS DISTINCT FROM OLD.uploaded_by_id OR NEW.uploaded_at IS DISTINCT FROM OLD.uploaded_at THEN
    RAISE EXCEPTION 'import_files keeps an upload as it arrived' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.state IS DISTINCT FROM OLD.state AND OLD.state <> 'UPLOADED' THEN
    RAISE EXCEPTION 'an import is applied or discarded once' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.state = OLD.state AND OLD.state <> 'UPLOADED' AND (
       NEW.applied_at IS DISTINCT FROM OLD.applied_at OR NEW.applied_by_id IS DISTINCT FROM OLD.applied_by_id
       OR NEW.outcome IS DISTINCT FROM OLD.outcome) THEN
    RAISE EXCEPTION 'what an applied import did is kept as it was' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.round_id IS DISTINCT FROM OLD.round_id AND OLD.round_id IS NOT NULL AND NEW.round_id IS NOT NULL THEN
    RAISE EXCEPTION 'an import keeps the round it was for' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER import_files_keep_upload
  BEFORE UPDATE OR DELETE ON "import_files"
  FOR EACH ROW EXECUTE FUNCTION import_files_keep_upload();
