-- The audit log's column holds the permission exercised ("round.publish"): named for it, so that
-- "action" means only the plan's actions. A rename keeps every row; the append-only trigger stays.
ALTER TABLE "audit_log" RENAME COLUMN "action" TO "permission";
