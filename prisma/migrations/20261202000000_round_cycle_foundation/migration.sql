-- The round cycle: an input deadline per round with its reminder setting, a per-person switch for
-- reminders, and the mail outbox that changes write their messages into in their own transaction.
ALTER TABLE "reporting_rounds"
  ADD COLUMN "input_deadline" TIMESTAMPTZ(3),
  ADD COLUMN "input_deadline_has_time" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "reminder_days_before" INTEGER NOT NULL DEFAULT 5;

ALTER TABLE "users" ADD COLUMN "reminders_enabled" BOOLEAN NOT NULL DEFAULT true;

CREATE TYPE "MailState" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'KEPT');

CREATE TABLE "mail_messages" (
    "id" SERIAL NOT NULL,
    "event_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient_id" INTEGER,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "state" "MailState" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "mail_messages_event_key_to_address_key" ON "mail_messages"("event_key", "to_address");
CREATE INDEX "mail_messages_state_created_at_idx" ON "mail_messages"("state", "created_at");
CREATE INDEX "mail_messages_created_at_idx" ON "mail_messages"("created_at");
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
