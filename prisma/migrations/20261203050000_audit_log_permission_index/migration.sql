-- The audit log filters on the kind of change (permission) too, like its other dimensions.
-- CreateIndex
CREATE INDEX "audit_log_permission_idx" ON "audit_log"("permission");
