import { randomBytes } from 'node:crypto';
import { withDatabase } from './support';

export type MergeScene = { action: string; roundTitle: string; roundId: number; entryId: number };

/**
 * A plan of its own with one action of JN: its previous published round planned ‘eind 2025’ (so it
 * is over tijd now), and the open round starts from that text. Nothing public or of another test changes.
 */
export async function createMergeScene(): Promise<MergeScene> {
  const suffix = randomBytes(3).toString('hex');
  const action = `Samenvoegactie ${suffix}`;
  const roundTitle = `Voortgang samenvoegen ${suffix}`;
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const planId = await one(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, 'Plan om samen te voegen', now()) RETURNING id`, [
      `samenvoegen-${suffix}`,
    ]);
    const lineId = await one(
      `INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Werven van pleegouders', 0) RETURNING id`,
      [planId],
    );
    const actionId = await one(
      `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, 'a1', $2, $3, 0, now()) RETURNING id`,
      [planId, action, lineId],
    );
    await client.query(
      `INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
      [actionId],
    );
    const entryIn = async (roundId: number, reviewState: string) => {
      const entryId = await one(
        `INSERT INTO action_entries (action_id, round_id, line_id, position, review_state) VALUES ($1, $2, $3, 0, $4::"ReviewState") RETURNING id`,
        [actionId, roundId, lineId, reviewState],
      );
      const updateId = await one(
        `INSERT INTO action_updates (entry_id, version, title, status, result, planning, deadline_start, deadline_end)
         VALUES ($1, 1, $2, 'IN_PROGRESS', 'Vorige tekst.', 'eind 2025', '2025-10-01', '2025-12-31') RETURNING id`,
        [entryId, action],
      );
      await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [updateId, entryId]);
      return entryId;
    };
    const previousId = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, published_at, updated_at)
       VALUES ($1, 'voorjaar-2025', 'Voortgang voorjaar 2025', '2025-06-01', 'PUBLISHED', now(), now()) RETURNING id`,
      [planId],
    );
    const previousEntryId = await entryIn(previousId, 'APPROVED');
    // What publishing copies, so the public pages and open data read this round as any published one.
    await client.query(`INSERT INTO round_plan_texts (round_id, title, summary) VALUES ($1, 'Plan om samen te voegen', '')`, [previousId]);
    await client.query(
      `INSERT INTO round_lines (round_id, line_id, code, title, opgave, position) VALUES ($1, $2, '1', 'Werven van pleegouders', '', 0)`,
      [previousId, lineId],
    );
    await client.query(
      `INSERT INTO entry_responsibilities (entry_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
      [previousEntryId],
    );
    const roundId = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, opened_at, updated_at)
       VALUES ($1, 'najaar-2026', $2, '2026-11-01', 'OPEN', now(), now()) RETURNING id`,
      [planId, roundTitle],
    );
    const entryId = await entryIn(roundId, 'NOT_STARTED');
    await client.query('COMMIT');
    return { action, roundTitle, roundId, entryId };
  });
}

/** The entry's newest version as stored. */
export async function newestVersion(entryId: number) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ version: number; status: string; result: string; email: string }>(
      `SELECT u.version, u.status, u.result, a.email FROM action_updates u LEFT JOIN users a ON a.id = u.created_by_id
       WHERE u.entry_id = $1 ORDER BY u.version DESC LIMIT 1`,
      [entryId],
    );
    return rows[0]!;
  });
}
