import type { Database } from '@/lib/prisma-client';

/** Every row of a table as JSON, in a fixed order. */
export type TableSnapshot = Record<string, unknown[]>;

/**
 * The contents of every application table (all of `public` but Prisma's migration history), each
 * table's rows ordered by their full text, so that two snapshots are equal exactly when no row was
 * added, removed or changed anywhere. A refused call must leave the snapshot as it was.
 */
export async function snapshotTables(db: Database): Promise<TableSnapshot> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  const snapshot: TableSnapshot = {};
  for (const { name } of tables) {
    const [result] = await db.$queryRawUnsafe<{ rows: unknown[] }[]>(
      `SELECT COALESCE(json_agg(t ORDER BY t::text), '[]'::json) AS rows FROM "${name}" t`,
    );
    snapshot[name] = result!.rows;
  }
  return snapshot;
}

/** The rows of `table` that `after` has and `before` had not. */
export function addedRows(before: TableSnapshot, after: TableSnapshot, table: string): unknown[] {
  const seen = new Set((before[table] ?? []).map((row) => JSON.stringify(row)));
  return (after[table] ?? []).filter((row) => !seen.has(JSON.stringify(row)));
}
