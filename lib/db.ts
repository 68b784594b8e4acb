import 'server-only';
import { createPrismaClient, type Database } from '@/lib/prisma-client';

// One client per server process; Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: Database };

function client(): Database {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

/**
 * The app's Prisma client, created on first use: `next build` imports every route without a
 * database, and DATABASE_URL is only required once something queries.
 */
export const prisma: Database = new Proxy({} as Database, {
  get(_target, property) {
    const value: unknown = Reflect.get(client(), property);
    return typeof value === 'function' ? value.bind(client()) : value;
  },
});
