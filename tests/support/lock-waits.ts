import pg from 'pg';

/**
 * Resolves once a backend of the database waits for a lock (the app's statement queued behind a
 * transaction the test holds open on another connection), or once `settled` settles, whichever
 * comes first: a test that expected a wait then fails on its assertions instead of hanging. It
 * asks on a connection of its own: inside a transaction, pg_stat_activity stays as first read.
 */
export async function untilSomeoneWaitsForALock(databaseUrl: string, settled: Promise<unknown>): Promise<void> {
  const probe = new pg.Client({ connectionString: databaseUrl });
  await probe.connect();
  let done = false;
  const finished = settled.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  const waiting = (async () => {
    while (!done) {
      const { rows } = await probe.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0]!.waiting > 0) return;
    }
  })();
  try {
    await Promise.race([waiting, finished]);
  } finally {
    done = true;
    await waiting.catch(() => {});
    await probe.end();
  }
}
