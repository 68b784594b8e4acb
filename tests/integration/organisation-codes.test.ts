/**
 * Abbreviations and aliases are unique across all organisations whatever their case, held by the
 * database (organisation_codes): the form names the organisation that has the code, nothing
 * changes, and of two simultaneous creations of nvp and NVP only one can commit.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { untilSomeoneWaitsForALock } from '../support/lock-waits';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState, ValidationError } from '@/lib/errors';
import { createOrganisation } from '@/lib/organisations/create-organisation';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleCreateOrganisation, handleUpdateOrganisation } = await import('@/app/_form-handlers/organisations');

const NVP = 'NVP (Nederlandse Vereniging voor Pleeggezinnen)';
const JENV = 'JenV (Ministerie van Justitie en Veiligheid)';
const NJI = 'NJi (Nederlands Jeugdinstituut)';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const codes = () => db.$queryRaw`SELECT code, organisation_id, spelling, is_abbreviation FROM organisation_codes ORDER BY code`;
const tables = async () => ({ ...(await snapshotTables(db)), codes: await codes() });

async function organisations() {
  const create = (abbreviation: string, name: string, aliases: string[] = []) =>
    db.organisation.create({ data: { abbreviation, name, aliases } });
  return {
    nvp: await create('NVP', 'Nederlandse Vereniging voor Pleeggezinnen'),
    jenv: await create('JenV', 'Ministerie van Justitie en Veiligheid', ['VenJ']),
    nji: await create('NJi', 'Nederlands Jeugdinstituut', ['NJI']),
  };
}

describe('unique abbreviations and aliases, whatever the case', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
  });

  it('refuses a new organisation whose abbreviation or alias another one has, naming it, and changes nothing', async () => {
    await organisations();
    const before = await tables();
    const refusals: [Record<string, string>, string, string][] = [
      [{ abbreviation: 'nvp', aliases: '' }, 'abbreviation', `De afkorting nvp is al in gebruik door ${NVP}.`],
      [{ abbreviation: 'NVP', aliases: '' }, 'abbreviation', `De afkorting NVP is al in gebruik door ${NVP}.`],
      [{ abbreviation: 'venj', aliases: '' }, 'abbreviation', `De afkorting venj is al in gebruik als andere schrijfwijze van ${JENV}.`],
      [{ abbreviation: 'XYZ', aliases: 'Xyz-oud, nvp' }, 'aliases', `De andere schrijfwijze nvp is al in gebruik door ${NVP}.`],
      [{ abbreviation: 'XYZ', aliases: 'VENJ' }, 'aliases', `De andere schrijfwijze VENJ is al in gebruik als andere schrijfwijze van ${JENV}.`],
    ];
    for (const [fields, field, message] of refusals) {
      const result = await handleCreateOrganisation(initialFormState, form({ name: 'Nieuwe organisatie', ...fields }));
      expect({ fields, status: result.status, errors: result.errors }).toEqual({ fields, status: 'error', errors: { [field]: [message] } });
    }
    expect(await tables()).toEqual(before);
  });

  it('refuses an edit that takes another organisation’s code, and changes nothing', async () => {
    const { jenv, nji } = await organisations();
    const before = await tables();
    const edit = (organisation: { id: number; name: string }, fields: { abbreviation: string; aliases: string }) =>
      handleUpdateOrganisation(initialFormState, form({ organisationId: String(organisation.id), name: organisation.name, ...fields }));

    expect((await edit(nji, { abbreviation: 'nvP', aliases: '' })).errors).toEqual({
      abbreviation: [`De afkorting nvP is al in gebruik door ${NVP}.`],
    });
    expect((await edit(jenv, { abbreviation: 'JenV', aliases: 'VenJ, nji' })).errors).toEqual({
      aliases: [`De andere schrijfwijze nji is al in gebruik door ${NJI}.`],
    });
    expect((await edit(nji, { abbreviation: 'NJi', aliases: 'venj' })).errors).toEqual({
      aliases: [`De andere schrijfwijze venj is al in gebruik als andere schrijfwijze van ${JENV}.`],
    });
    expect(await tables()).toEqual(before);
  });

  it('lets an organisation keep its own codes in another case, and an alias that equals its abbreviation', async () => {
    const { nvp, nji } = await organisations();
    const renamed = await handleUpdateOrganisation(
      initialFormState,
      form({ organisationId: String(nvp.id), abbreviation: 'Nvp', name: nvp.name, aliases: 'NVP, nvp' }),
    );
    expect(renamed).toMatchObject({ status: 'ok' });
    const created = await handleCreateOrganisation(initialFormState, form({ abbreviation: 'SBPN', name: 'Stichting', aliases: 'sbpn' }));
    expect(created).toMatchObject({ status: 'ok' });
    expect(await codes()).toEqual([
      { code: 'jenv', organisation_id: expect.any(Number), spelling: 'JenV', is_abbreviation: true },
      { code: 'nji', organisation_id: nji.id, spelling: 'NJi', is_abbreviation: true },
      { code: 'nvp', organisation_id: nvp.id, spelling: 'Nvp', is_abbreviation: true },
      { code: 'sbpn', organisation_id: expect.any(Number), spelling: 'SBPN', is_abbreviation: true },
      { code: 'venj', organisation_id: expect.any(Number), spelling: 'VenJ', is_abbreviation: false },
    ]);
  });

  it('refuses a duplicate in the database itself, whoever writes it', async () => {
    await organisations();
    await expect(db.$executeRaw`INSERT INTO organisations (abbreviation, name, updated_at) VALUES ('nvp', 'Kopie', now())`).rejects.toThrow(
      /organisation_codes_pkey/,
    );
    await expect(db.$executeRaw`UPDATE organisations SET aliases = ARRAY['VENJ'] WHERE abbreviation = 'NJi'`).rejects.toThrow(
      /organisation_codes_pkey/,
    );
    expect(await db.organisation.count()).toBe(3);
  });
});

describe('two creations of the same code at once', () => {
  let other: pg.Client;

  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
    other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
  });

  afterEach(async () => {
    await other.end();
  });

  it('refuses the second once the first commits, naming the first', async () => {
    await other.query('BEGIN');
    await other.query(`INSERT INTO organisations (abbreviation, name, updated_at) VALUES ('NVP', 'Nederlandse Vereniging voor Pleeggezinnen', now())`);
    // The app's check sees nothing yet (the other insert is not committed); its insert must wait.
    const second = createOrganisation({ user: session.user!, abbreviation: 'nvp', name: 'Dubbel', aliases: [] }).catch((error: unknown) => error);
    await untilSomeoneWaitsForALock(databaseUrl, second);
    await other.query('COMMIT');

    const refused = await second;
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ message: `De afkorting nvp is al in gebruik door ${NVP}.`, fieldErrors: { abbreviation: [expect.any(String)] } });
    expect(await db.organisation.findMany({ select: { abbreviation: true } })).toEqual([{ abbreviation: 'NVP' }]);
    expect(await db.auditLogEntry.count()).toBe(0);
  });

  it('lets the second through when the first rolls back', async () => {
    await other.query('BEGIN');
    await other.query(`INSERT INTO organisations (abbreviation, name, updated_at) VALUES ('NVP', 'Teruggedraaid', now())`);
    const second = createOrganisation({ user: session.user!, abbreviation: 'nvp', name: 'Wel', aliases: [] });
    await untilSomeoneWaitsForALock(databaseUrl, second);
    await other.query('ROLLBACK');

    await expect(second).resolves.toMatchObject({ abbreviation: 'nvp' });
    expect(await db.organisation.findMany({ select: { abbreviation: true } })).toEqual([{ abbreviation: 'nvp' }]);
  });
});
