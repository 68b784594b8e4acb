/**
 * `npm run db:seed`: loads the transcribed documents in prisma/seed-data/ into DATABASE_URL.
 * With --if-empty it does nothing when a plan already exists (used by `npm start`).
 */
import { createPrismaClient } from '../lib/prisma-client';
import { loadSeedData } from '../lib/seed/load-seed-data';
import { seedDatabase } from '../lib/seed/seed-database';

async function main() {
  const db = createPrismaClient();
  try {
    if (process.argv.includes('--if-empty') && (await db.plan.count()) > 0) {
      console.log('Database bevat al gegevens; seed overgeslagen.');
      return;
    }
    const report = await seedDatabase(db, loadSeedData());
    console.log(
      `Seed klaar: ${report.created} aangemaakt, ${report.updated} bijgewerkt, ${report.versionsAdded} nieuwe versies.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
