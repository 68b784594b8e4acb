import { randomBytes } from 'node:crypto';
import { KAMERSTUK_FOOTNOTE, threeColumnBijlage } from '../../support/bijlage-documents';
import { withDatabase } from './support';

export const IMPORT_PLAN = 'Actieplan Bijlagetest';
export const PUBLISHED_ROUND = 'Voortgang najaar 2026';

/** The plan's actions and what the published round said about them. */
export const PLAN_ACTIONS = {
  campaign: { line: 0, title: 'Landelijke wervingscampagne', result: 'De campagne start in het voorjaar.', planning: 'voorjaar 2026' },
  network: { line: 0, title: 'Ondersteuning van netwerkpleegouders', result: 'Pilot in drie regio’s.', planning: '2026' },
  training: { line: 1, title: 'Training voor nieuwe pleegouders', result: 'De training wordt ontwikkeld.', planning: 'eind 2026' },
} as const;

/**
 * A plan of its own (the real plan belongs to other specs): actielijn 1 with two actions, actielijn
 * 2 with one, and a published round that reported all three. No round after it: the bijlage makes one.
 */
export async function createImportPlan() {
  const slug = `bijlagetest-${randomBytes(3).toString('hex')}`;
  return withDatabase(async (client) => {
    await client.query('BEGIN');
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const planId = await one(`INSERT INTO plans (slug, title, summary, updated_at) VALUES ($1, $2, 'Om de import te testen.', now()) RETURNING id`, [
      slug,
      IMPORT_PLAN,
    ]);
    const lines = [
      await one(`INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, '1', '1', 'Pleegouders werven', 0) RETURNING id`, [planId]),
      await one(`INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, '2', '2', 'Toerusten van pleegouders', 1) RETURNING id`, [planId]),
    ];
    const published = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, opened_at, published_at, updated_at)
       VALUES ($1, 'najaar-2026', $2, '2026-10-01', 'PUBLISHED', now(), now(), now()) RETURNING id`,
      [planId, PUBLISHED_ROUND],
    );
    await client.query(`INSERT INTO round_plan_texts (round_id, title, summary) VALUES ($1, $2, 'Om de import te testen.')`, [published, IMPORT_PLAN]);
    await client.query(
      `INSERT INTO round_lines (round_id, line_id, code, title, opgave, position, parent_id)
       SELECT $1, id, code, title, opgave, position, parent_id FROM action_lines WHERE plan_id = $2`,
      [published, planId],
    );
    for (const [index, action] of Object.values(PLAN_ACTIONS).entries()) {
      const lineId = lines[action.line]!;
      const actionId = await one(
        `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
        [planId, `a${index}`, action.title, lineId, index],
      );
      const entryId = await one(
        `INSERT INTO action_entries (action_id, round_id, line_id, position, description) VALUES ($1, $2, $3, $4, '') RETURNING id`,
        [actionId, published, lineId, index],
      );
      const updateId = await one(
        `INSERT INTO action_updates (entry_id, version, title, status, result, planning) VALUES ($1, 1, $2, 'IN_PROGRESS', $3, $4) RETURNING id`,
        [entryId, action.title, action.result, action.planning],
      );
      await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [updateId, entryId]);
    }
    await client.query('COMMIT');
    return { slug, planId };
  });
}

/** What the bijlage of the next round says: an exact match (completed), a fuzzy one, another exact one and a new action. */
export const BIJLAGE_ROWS = {
  campaign: { line: 0, title: 'Landelijke wervingscampagne', result: 'De campagne liep in het voorjaar; 1.200 aanmeldingen.', planning: 'voorjaar 2026', completed: true, footnote: 1 },
  network: { line: 0, title: 'Ondersteuning van de netwerkpleegouders', result: 'De pilot is uitgebreid naar vijf regio’s.', planning: '2027' },
  training: { line: 1, title: 'Training voor nieuwe pleegouders', result: 'De training is gegeven aan 300 pleegouders.', planning: 'doorlopend' },
  platform: { line: 1, title: 'Digitaal leerplatform voor pleegouders', result: 'Het platform is in ontwikkeling.', planning: 'najaar 2027' },
} as const;

const HEADINGS = ['Actielijn 1: Pleegouders werven', 'Actielijn 2: Toerusten van pleegouders'];

/** The bijlage in seed 000's shape (the reader's test documents): a heading and a table Actie | Resultaat | Wanneer? per actielijn. */
export function buildImportBijlage(): Promise<Buffer> {
  return threeColumnBijlage({
    title: 'Bijlage Voortgang Actieplan Bijlagetest',
    lines: HEADINGS.map((heading, index) => ({ heading, rows: Object.values(BIJLAGE_ROWS).filter((row) => row.line === index) })),
    footnotes: { 1: KAMERSTUK_FOOTNOTE },
  });
}
