import { randomBytes } from 'node:crypto';
import { ACCOUNTS, withDatabase, type Account } from './support';

export const REVIEW_PLAN = 'Actieplan Controletest';

/** The titles of the scene's actions: four of the organisation under test, two of another, two of none. */
export const OWN = ['Werving in de regio', 'Scholing van begeleiders', 'Matching verbeteren', 'Nazorg na plaatsing'];
const OTHERS = ['Onderzoek naar uitval', 'Landelijke registratie'];
const NO_PARTNER = ['Wetswijziging voorbereiden', 'Brief aan de Kamer'];

/**
 * A plan of its own with an open round to review (the real plan's next round belongs to
 * publiceren.spec.ts): eight actions, the first four of an organisation made for this test, whose
 * partner account (with the E2E password) is returned; two of a second organisation; two of none.
 */
export async function createReviewRound(): Promise<{ roundId: number; organisation: string; partner: Account }> {
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const organisation = `CT${suffix}`;
  const partner: Account = { email: `e2e-controle-${suffix.toLowerCase()}@voortgang.test`, name: 'Carla Controle', role: 'PARTNER_EDITOR', organisation };
  const roundId = await withDatabase(async (client) => {
    await client.query('BEGIN');
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const own = await one(`INSERT INTO organisations (abbreviation, name, updated_at) VALUES ($1, 'Controletest', now()) RETURNING id`, [organisation]);
    const other = await one(`INSERT INTO organisations (abbreviation, name, updated_at) VALUES ($1, 'Andere partner', now()) RETURNING id`, [`CU${suffix}`]);
    await client.query(
      `INSERT INTO users (email, name, password_hash, role, organisation_id, active, updated_at)
       SELECT $1, $2, password_hash, 'PARTNER_EDITOR', $3, true, now() FROM users WHERE email = $4`,
      [partner.email, partner.name, own, ACCOUNTS.jn.email],
    );
    const planId = await one(
      `INSERT INTO plans (slug, title, summary, updated_at) VALUES ($1, $2, 'Om de controle te testen.', now()) RETURNING id`,
      [`controletest-${suffix.toLowerCase()}`, REVIEW_PLAN],
    );
    const lineId = await one(`INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Werven en toerusten', 0) RETURNING id`, [planId]);
    const roundId = await one(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, opened_at, updated_at)
       VALUES ($1, 'najaar-2027', 'Controle najaar 2027', '2027-09-01', 'OPEN', now(), now()) RETURNING id`,
      [planId],
    );
    const actions = [...OWN.map((t) => [t, own]), ...OTHERS.map((t) => [t, other]), ...NO_PARTNER.map((t) => [t, null])] as const;
    for (const [i, [title, organisationId]] of actions.entries()) {
      const actionId = await one(
        `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
        [planId, `a${i}`, title, lineId, i],
      );
      if (organisationId) {
        await client.query(`INSERT INTO action_responsibilities (action_id, organisation_id, position) VALUES ($1, $2, 0)`, [actionId, organisationId]);
      }
      const entryId = await one(
        `INSERT INTO action_entries (action_id, round_id, line_id, position, review_state) VALUES ($1, $2, $3, $4, 'READY_FOR_REVIEW') RETURNING id`,
        [actionId, roundId, lineId, i],
      );
      const updateId = await one(
        `INSERT INTO action_updates (entry_id, version, title, status, result, planning)
         VALUES ($1, 1, $2, 'IN_PROGRESS', 'De aanpak is uitgewerkt en wordt in twee regio’s beproefd.', 'eind 2027') RETURNING id`,
        [entryId, title],
      );
      await client.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [updateId, entryId]);
    }
    await client.query('COMMIT');
    return roundId;
  });
  return { roundId, organisation, partner };
}
