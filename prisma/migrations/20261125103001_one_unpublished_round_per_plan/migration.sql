-- This is an empty migration.
-- At most one round per plan under way (concept, open or closed): two requests creating one at the
-- same moment cannot both succeed, whatever the application checked first.
CREATE UNIQUE INDEX "reporting_rounds_one_unpublished_per_plan" ON "reporting_rounds" ("plan_id") WHERE "state" <> 'PUBLISHED';
