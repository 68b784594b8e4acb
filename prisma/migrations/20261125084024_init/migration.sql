-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED', 'STOPPED');

-- CreateEnum
CREATE TYPE "RoundState" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "organisations" (
    "id" SERIAL NOT NULL,
    "abbreviation" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_lines" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "opgave" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "parent_id" INTEGER,

    CONSTRAINT "action_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actions" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "line_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_responsibilities" (
    "action_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "action_responsibilities_pkey" PRIMARY KEY ("action_id","organisation_id")
);

-- CreateTable
CREATE TABLE "reporting_rounds" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "date_is_approximate" BOOLEAN NOT NULL DEFAULT false,
    "is_baseline" BOOLEAN NOT NULL DEFAULT false,
    "state" "RoundState" NOT NULL DEFAULT 'DRAFT',
    "source" TEXT,
    "note" TEXT,
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reporting_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "round_line_intros" (
    "round_id" INTEGER NOT NULL,
    "line_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "round_line_intros_pkey" PRIMARY KEY ("round_id","line_id")
);

-- CreateTable
CREATE TABLE "action_entries" (
    "id" SERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "round_id" INTEGER NOT NULL,
    "line_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "current_update_id" INTEGER,

    CONSTRAINT "action_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_updates" (
    "id" SERIAL NOT NULL,
    "entry_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "result" TEXT NOT NULL DEFAULT '',
    "planning" TEXT NOT NULL DEFAULT '',
    "deadline_start" DATE,
    "deadline_end" DATE,
    "responsible_text" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_updates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisations_abbreviation_key" ON "organisations"("abbreviation");

-- CreateIndex
CREATE UNIQUE INDEX "plans_slug_key" ON "plans"("slug");

-- CreateIndex
CREATE INDEX "action_lines_plan_id_position_idx" ON "action_lines"("plan_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "action_lines_plan_id_key_key" ON "action_lines"("plan_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "action_lines_plan_id_code_key" ON "action_lines"("plan_id", "code");

-- CreateIndex
CREATE INDEX "actions_line_id_idx" ON "actions"("line_id");

-- CreateIndex
CREATE UNIQUE INDEX "actions_plan_id_key_key" ON "actions"("plan_id", "key");

-- CreateIndex
CREATE INDEX "action_responsibilities_organisation_id_idx" ON "action_responsibilities"("organisation_id");

-- CreateIndex
CREATE INDEX "reporting_rounds_plan_id_state_date_idx" ON "reporting_rounds"("plan_id", "state", "date");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_rounds_plan_id_key_key" ON "reporting_rounds"("plan_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "action_entries_current_update_id_key" ON "action_entries"("current_update_id");

-- CreateIndex
CREATE INDEX "action_entries_round_id_line_id_position_idx" ON "action_entries"("round_id", "line_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "action_entries_action_id_round_id_key" ON "action_entries"("action_id", "round_id");

-- CreateIndex
CREATE UNIQUE INDEX "action_updates_entry_id_version_key" ON "action_updates"("entry_id", "version");

-- AddForeignKey
ALTER TABLE "action_lines" ADD CONSTRAINT "action_lines_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_lines" ADD CONSTRAINT "action_lines_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "action_lines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actions" ADD CONSTRAINT "actions_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "action_lines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_responsibilities" ADD CONSTRAINT "action_responsibilities_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_responsibilities" ADD CONSTRAINT "action_responsibilities_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_line_intros" ADD CONSTRAINT "round_line_intros_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_line_intros" ADD CONSTRAINT "round_line_intros_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "action_lines"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_entries" ADD CONSTRAINT "action_entries_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_entries" ADD CONSTRAINT "action_entries_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "reporting_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_entries" ADD CONSTRAINT "action_entries_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "action_lines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_entries" ADD CONSTRAINT "action_entries_current_update_id_fkey" FOREIGN KEY ("current_update_id") REFERENCES "action_updates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_updates" ADD CONSTRAINT "action_updates_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "action_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
