import { randomBytes } from 'node:crypto';
import { withDatabase } from './support';

export const CONCEPT_PLAN = 'Actieplan Concepttest';
export const CONCEPT_ROUND = 'Voortgang voorjaar 2027';

/**
 * A plan of its own with an open round (the real plan's next round belongs to publiceren.spec.ts):
 * two actielijnen, 24 actions of JN with results long enough to fill several pages.
 */
export async function createOpenConceptRound(): Promise<{ roundId: number; slug: string }> {
  const slug = `concepttest-${randomBytes(3).toString('hex')}`;
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const planId = await one(
      `INSERT INTO plans (slug, title, summary, updated_at) VALUES ($1, $2, 'Om de conceptbijlage te testen.', now()) RETURNING id`,
      [slug, CONCEPT_PLAN],
    );
    const lineIds = [
      await one(`INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Werven van pleegouders', 0) RETURNING id`, [planId]),
      await one(`INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l2', '2', 'Toerusten van pleegouders', 1) RETURNING id`, [planId]),
    ];
    const roundId = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, opened_at, updated_at)
       VALUES ($1, 'voorjaar-2027', $2, '2027-03-01', 'OPEN', now(), now()) RETURNING id`,
      [planId, CONCEPT_ROUND],
    );
    const result = 'De partners hebben de aanpak uitgewerkt en in vier regio’s beproefd. '.repeat(6).trim();
    for (let i = 0; i < 24; i++) {
      const lineId = lineIds[i < 12 ? 0 : 1]!;
      const actionId = await one(
        `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
        [planId, `a${i}`, `Actie ${i + 1} van de concepttest`, lineId, i],
      );
      await client.query(
        `INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
        [actionId],
      );
      const entryId = await one(
        `INSERT INTO action_entries (action_id, round_id, line_id, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [actionId, roundId, lineId, i],
      );
      const updateId = await one(
        `INSERT INTO action_updates (entry_id, version, title, status, result, planning)
         VALUES ($1, 1, $2, $3::"ActionStatus", $4, 'eind 2027') RETURNING id`,
        [entryId, `Actie ${i + 1} van de concepttest`, i % 3 === 0 ? 'COMPLETED' : 'IN_PROGRESS', result],
      );
      await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [updateId, entryId]);
    }
    await client.query('COMMIT');
    return { roundId, slug };
  });
}
