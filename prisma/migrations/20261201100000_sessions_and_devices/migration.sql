-- AlterTable
ALTER TABLE "sign_in_attempts" ADD COLUMN     "device" TEXT;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "session_generation" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "sign_in_attempts_device_created_at_idx" ON "sign_in_attempts"("device", "created_at");
