import pg from 'pg';
import type { Database } from '@/lib/prisma-client';

/**
 * A second connection with an open transaction: it takes the row locks a competing request would
 * take and makes its changes, while the call under test runs; `commit()` lets that call go on.
 */
export type LockHolder = {
  query: <Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<Row[]>;
  commit: () => Promise<void>;
  /** The holder's backend process, as pg_stat_activity and pg_blocking_pids() name it. */
  pid: number;
};

const open = new Set<pg.Client>();

export async function openLockHolder(databaseUrl: string): Promise<LockHolder> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  open.add(client);
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  await client.query('BEGIN');
  return {
    pid: rows[0]!.pid,
    query: async (sql, values) => (await client.query(sql, values)).rows,
    commit: async () => {
      await client.query('COMMIT');
    },
  };
}

/** Ends every holder's connection (its transaction rolls back): for afterEach, so a failed test leaves no lock behind. */
export async function closeLockHolders(): Promise<void> {
  await Promise.all([...open].map((client) => client.end()));
  open.clear();
}

/**
 * Resolves once another backend waits for a lock the holder has: the call under test has reached
 * the lock. Fails as soon as `call` settles without ever waiting, which is what happens when the
 * code under test does not take that lock. Polls the lock manager through `observer` (its own
 * connection, outside any transaction), one query after another: no sleeps.
 */
export async function waitUntilBlocked(observer: Database, holder: LockHolder, call: Promise<unknown>): Promise<void> {
  let settled = false;
  call.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (;;) {
    const [row] = await observer.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE ${holder.pid}::int = ANY(pg_blocking_pids(pid))`;
    if (row!.waiting > 0) return;
    if (settled) throw new Error('De aanroep is klaar zonder op het slot van de tweede verbinding te wachten: hij neemt dat slot niet.');
  }
}

/** Runs `call` while `holder` keeps its locks, waits until the call is blocked on them, then commits. */
export async function raceAgainst<T>(observer: Database, holder: LockHolder, start: () => Promise<T>): Promise<T> {
  const call = start();
  await waitUntilBlocked(observer, holder, call);
  await holder.commit();
  return call;
}
