import { randomBytes } from 'node:crypto';
import { withDatabase } from './support';

export type WorkbookScene = { roundTitle: string; roundId: number; actions: { title: string; entryId: number }[] };

/**
 * A plan of its own with three actions of JN in an open round, each starting from the text of the
 * plan's previous published round: what the partner downloads as a workbook. Nothing public or of
 * another test changes.
 */
export async function createWorkbookScene(): Promise<WorkbookScene> {
  const suffix = randomBytes(3).toString('hex');
  const roundTitle = `Voortgang werkmap ${suffix}`;
  const titles = ['Pleeggezinnen werven', 'Gezinshuizen versterken', 'Jongeren betrekken'].map((title) => `${title} ${suffix}`);
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const planId = await one(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, 'Plan voor de werkmap', now()) RETURNING id`, [`werkmap-${suffix}`]);
    const lineId = await one(
      `INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Werven van pleegouders', 0) RETURNING id`,
      [planId],
    );
    const previousId = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, published_at, updated_at)
       VALUES ($1, 'voorjaar-2026', 'Voortgang voorjaar 2026', '2026-05-01', 'PUBLISHED', now(), now()) RETURNING id`,
      [planId],
    );
    await client.query(`INSERT INTO round_plan_texts (round_id, title, summary) VALUES ($1, 'Plan voor de werkmap', '')`, [previousId]);
    await client.query(
      `INSERT INTO round_lines (round_id, line_id, code, title, opgave, position) VALUES ($1, $2, '1', 'Werven van pleegouders', '', 0)`,
      [previousId, lineId],
    );
    const roundId = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, opened_at, updated_at)
       VALUES ($1, 'najaar-2026', $2, '2026-11-01', 'OPEN', now(), now()) RETURNING id`,
      [planId, roundTitle],
    );
    const entryIn = async (actionId: number, title: string, round: number, position: number, reviewState: string) => {
      const entryId = await one(
        `INSERT INTO action_entries (action_id, round_id, line_id, position, review_state) VALUES ($1, $2, $3, $4, $5::"ReviewState") RETURNING id`,
        [actionId, round, lineId, position, reviewState],
      );
      const updateId = await one(
        `INSERT INTO action_updates (entry_id, version, title, status, result, planning)
         VALUES ($1, 1, $2, 'IN_PROGRESS', 'Eerste gesprekken met gemeenten gevoerd.', 'Voorjaar 2027') RETURNING id`,
        [entryId, title],
      );
      await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [updateId, entryId]);
      return entryId;
    };
    const actions: WorkbookScene['actions'] = [];
    for (const [position, title] of titles.entries()) {
      const actionId = await one(
        `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
        [planId, `a${position + 1}`, title, lineId, position],
      );
      await client.query(
        `INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
        [actionId],
      );
      const previousEntryId = await entryIn(actionId, title, previousId, position, 'APPROVED');
      await client.query(
        `INSERT INTO entry_responsibilities (entry_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
        [previousEntryId],
      );
      actions.push({ title, entryId: await entryIn(actionId, title, roundId, position, 'NOT_STARTED') });
    }
    await client.query('COMMIT');
    return { roundTitle, roundId, actions };
  });
}

/** The entry's newest version as stored, with who saved it. */
export async function newestVersion(entryId: number) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ version: number; status: string; result: string; planning: string; email: string | null }>(
      `SELECT u.version, u.status, u.result, u.planning, a.email FROM action_updates u LEFT JOIN users a ON a.id = u.created_by_id
       WHERE u.entry_id = $1 ORDER BY u.version DESC LIMIT 1`,
      [entryId],
    );
    return rows[0]!;
  });
}
