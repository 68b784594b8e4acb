import { afterAll, inject } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';

/**
 * The run's test database for integration tests. Importing this module also points lib/db.ts
 * (the app's own client) at it, so use cases are tested exactly as the app calls them.
 */
export const databaseUrl = inject('databaseUrl');
process.env.DATABASE_URL = databaseUrl;

export const db = createPrismaClient(databaseUrl);

afterAll(async () => {
  await db.$disconnect();
});
