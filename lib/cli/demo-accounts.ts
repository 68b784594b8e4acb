/**
 * Run by `npm start` in the embedded demo mode only: creates the demo accounts (see
 * lib/auth/demo-accounts.ts). The start command prints them once the server is up.
 */
import { provisionDemoAccounts } from '../auth/demo-accounts';
import { createPrismaClient } from '../prisma-client';

async function main() {
  const db = createPrismaClient();
  try {
    const accounts = await provisionDemoAccounts(db);
    console.log(`Demo-accounts klaar (${accounts.length}).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
