import 'server-only';
import { prisma } from '@/lib/db';
import type { Database } from '@/lib/prisma-client';

const TIMEOUT_MS = 2_000;

/** True when the database answers a trivial query within two seconds. */
export async function isDatabaseUp(db: Database = prisma): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
