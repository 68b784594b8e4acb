import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase } from '../support/test-database';

const MIGRATIONS = path.resolve(__dirname, '../../prisma/migrations');
const THIS_ONE = '20261201110000_published_texts';
const sqlOf = (name: string) => readFileSync(path.join(MIGRATIONS, name, 'migration.sql'), 'utf8');

/**
 * The migration that adds the published copies fills them for rounds published before it, from the
 * texts of that moment; rounds not yet published get none, so their edits stay private.
 */
describe(`migration ${THIS_ONE}`, () => {
  let url: string;
  let client: pg.Client;

  beforeAll(async () => {
    url = await createDatabase('voortgang_backfill');
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const earlier = readdirSync(MIGRATIONS).filter((name) => name < THIS_ONE && !name.endsWith('.toml')).sort();
    for (const name of earlier) await client.query(sqlOf(name));
    await client.query(`
      INSERT INTO plans (id, slug, title, summary, updated_at) VALUES (1, 'p', 'Plan zoals nu', 'Samenvatting zoals nu', now());
      INSERT INTO action_lines (id, plan_id, key, code, title, opgave, position, parent_id) VALUES
        (1, 1, 'a', 'A', 'Deel A', 'Opgave A', 0, NULL),
        (2, 1, 'a1', 'A1', 'Lijn A1', 'Opgave A1', 1, 1),
        (3, 1, 'b', 'B', 'Nieuwe lijn', 'Nog niet gepubliceerd', 2, NULL);
      INSERT INTO actions (id, plan_id, key, title, description, line_id, updated_at) VALUES
        (1, 1, 'x', 'Actie', 'Omschrijving zoals nu', 2, now()),
        (2, 1, 'y', 'Nieuwe actie', 'Nog niet gepubliceerd', 3, now());
      INSERT INTO reporting_rounds (id, plan_id, key, title, date, state, updated_at) VALUES
        (1, 1, 'r1', 'Gepubliceerd', '2020-01-01', 'PUBLISHED', now()),
        (2, 1, 'r2', 'Open', '2021-01-01', 'OPEN', now());
      INSERT INTO action_entries (id, action_id, round_id, line_id, position) VALUES (1, 1, 1, 2, 0), (2, 1, 2, 2, 0), (3, 2, 2, 3, 1);
    `);
    await client.query(sqlOf(THIS_ONE));
  }, 120_000);

  afterAll(async () => {
    await client.end();
    await dropDatabase(url);
  });

  it('copies the plan, the reported line with its parent and the description onto the published round only', async () => {
    const texts = await client.query('SELECT round_id, title, summary FROM round_plan_texts ORDER BY round_id');
    expect(texts.rows).toEqual([{ round_id: 1, title: 'Plan zoals nu', summary: 'Samenvatting zoals nu' }]);
    const lines = await client.query('SELECT round_id, line_id, code, title, opgave, position, parent_id FROM round_lines ORDER BY round_id, line_id');
    expect(lines.rows).toEqual([
      { round_id: 1, line_id: 1, code: 'A', title: 'Deel A', opgave: 'Opgave A', position: 0, parent_id: null },
      { round_id: 1, line_id: 2, code: 'A1', title: 'Lijn A1', opgave: 'Opgave A1', position: 1, parent_id: 1 },
    ]);
    const entries = await client.query('SELECT id, description FROM action_entries ORDER BY id');
    expect(entries.rows).toEqual([
      { id: 1, description: 'Omschrijving zoals nu' },
      { id: 2, description: null },
      { id: 3, description: null },
    ]);
  });
});
