import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Creates a Prisma client on the pg driver adapter. Used by the app (through lib/db.ts), the seed
 * command and the tests, each with its own connection URL.
 *
 * DATABASE_POOL_MAX limits the pool: the start command sets it to 1 for the embedded database,
 * which runs one connection and must not see interleaved transactions.
 */
export function createPrismaClient(connectionString = requireDatabaseUrl()) {
  const max = Number(process.env.DATABASE_POOL_MAX) || undefined;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type Database = ReturnType<typeof createPrismaClient>;

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL ontbreekt: start de app met `npm start` of zet DATABASE_URL.');
  return url;
}
