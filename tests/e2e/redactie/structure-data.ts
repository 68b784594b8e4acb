import { randomBytes } from 'node:crypto';
import { withDatabase } from './support';

export const STRUCTURE_PLAN = 'Actieplan Structuurtest';
export const OPEN_ROUND = 'Voortgang voorjaar 2027';

/**
 * A plan of its own (the real plan's next round belongs to publiceren.spec.ts): part A with sub-line
 * A1 and its two actions, an old empty line B9, a published round that reported both actions and an
 * open round with their entries.
 */
export async function createStructurePlan() {
  const slug = `structuurtest-${randomBytes(3).toString('hex')}`;
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const planId = await one(
      `INSERT INTO plans (slug, title, summary, updated_at) VALUES ($1, $2, 'Om de structuur te testen.', now()) RETURNING id`,
      [slug, STRUCTURE_PLAN],
    );
    const line = (key: string, code: string, title: string, position: number, parentId: number | null) =>
      one(`INSERT INTO action_lines (plan_id, key, code, title, position, parent_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
        planId,
        key,
        code,
        title,
        position,
        parentId,
      ]);
    const part = await line('a', 'A', 'Pleegouders werven', 0, null);
    const sub = await line('a1', 'A1', 'Regionale campagnes', 1, part);
    const empty = await line('b9', 'B9', 'Oude pilot zonder acties', 2, null);
    const round = (key: string, title: string, date: string, state: string) =>
      one(
        `INSERT INTO reporting_rounds (plan_id, key, title, date, state, opened_at, published_at, updated_at)
         VALUES ($1, $2, $3, $4, $5::"RoundState", now(), CASE WHEN $5 = 'PUBLISHED' THEN now() END, now()) RETURNING id`,
        [planId, key, title, date, state],
      );
    const published = await round('najaar-2026', 'Voortgang najaar 2026', '2026-10-01', 'PUBLISHED');
    const open = await round('voorjaar-2027', OPEN_ROUND, '2027-03-01', 'OPEN');
    await client.query(`INSERT INTO round_plan_texts (round_id, title, summary) VALUES ($1, $2, 'Om de structuur te testen.')`, [published, STRUCTURE_PLAN]);
    await client.query(
      `INSERT INTO round_lines (round_id, line_id, code, title, opgave, position, parent_id)
       SELECT $1, id, code, title, opgave, position, parent_id FROM action_lines WHERE id IN ($2, $3)`,
      [published, part, sub],
    );
    const actionIds: number[] = [];
    for (const [index, title] of ['Campagne in Noord-Nederland', 'Campagne in Limburg'].entries()) {
      const actionId = await one(
        `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
        [planId, `c${index}`, title, sub, index],
      );
      actionIds.push(actionId);
      for (const roundId of [published, open]) {
        const entryId = await one(
          `INSERT INTO action_entries (action_id, round_id, line_id, position, description) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [actionId, roundId, sub, index, roundId === published ? '' : null],
        );
        const updateId = await one(
          `INSERT INTO action_updates (entry_id, version, title, status, result, planning)
           VALUES ($1, 1, $2, 'IN_PROGRESS', 'De campagne loopt in vier gemeenten.', 'eind 2027') RETURNING id`,
          [entryId, title],
        );
        await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [updateId, entryId]);
      }
    }
    await client.query('COMMIT');
    return { slug, planId, openRoundId: open, actionId: actionIds[0]!, emptyLineId: empty };
  });
}
