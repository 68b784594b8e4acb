/**
 * The audit log as the ministry reads it: in Dutch, filtered by each dimension and combined, a
 * period in Amsterdam days, a page at a time; invalid filters ignored; append-only in the database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAuditScene } from '../support/audit-scene';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { findAuditFilterOptions } from '@/lib/audit/find-audit-filter-options';
import { findAuditEntry, findAuditLog } from '@/lib/audit/find-audit-log';
import { ForbiddenError } from '@/lib/errors';
import { parseAuditFilter } from '@/lib/validation/audit';

let scene: Awaited<ReturnType<typeof createAuditScene>>;

beforeAll(async () => {
  await truncateAll(databaseUrl);
  scene = await createAuditScene(db);
});

async function whatMatches(params: Record<string, string>) {
  const log = await findAuditLog({ user: scene.mira, filter: parseAuditFilter(params) });
  return log.lines.map((line) => `${line.actor}: ${line.what}`);
}

describe('the audit log’s filters', () => {
  it('reads every line in Dutch: who, what, to which action in which round', async () => {
    const log = await findAuditLog({ user: scene.mira, filter: parseAuditFilter({}) });
    expect(log.total).toBe(6);
    const save = log.lines.find((line) => line.what === 'stand van zaken opgeslagen' && line.actor.startsWith('Petra'))!;
    expect(save.actor).toBe(`Petra Partner (${scene.jn.abbreviation})`);
    expect(save.subjectText).toBe(`actie ‘Een actie’ in ronde ‘Deze ronde’ (${scene.a.plan.title})`);
    expect(save.changes.map((c) => [c.label, c.before, c.after])).toContainEqual(['Status', 'loopt', 'vertraagd']);
    expect(save.changes.find((c) => c.key === 'result')!.diff!.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      'Vertraagd door de zomer, nu weer op koers',
    ]);
    const text = JSON.stringify(log.lines);
    for (const code of ['IN_PROGRESS', 'NOT_STARTED', 'READY_FOR_REVIEW', 'APPROVED', 'DELAYED', '{\\"']) expect(text).not.toContain(code);
    expect(log.lines.at(-1)).toMatchObject({ actor: `Petra Partner (${scene.jn.abbreviation})`, what: 'stand van zaken opgeslagen' });
    expect(log.lines[0]).toMatchObject({ actor: 'opdrachtregel', what: 'account gemaakt', subjectText: 'account ‘Carla CLI’' });
  });

  it('filters by person, also the command line', async () => {
    expect(await whatMatches({ persoon: String(scene.niels.id) })).toEqual([`Niels NVP (${scene.nvp.abbreviation}): stand van zaken opgeslagen`]);
    expect(await whatMatches({ persoon: 'opdrachtregel' })).toEqual(['opdrachtregel: account gemaakt']);
  });

  it('filters by the organisation the person acted for, and by the ministry', async () => {
    expect(await whatMatches({ organisatie: String(scene.jn.id) })).toEqual([
      `Petra Partner (${scene.jn.abbreviation}): klaar voor controle gezet`,
      `Petra Partner (${scene.jn.abbreviation}): stand van zaken opgeslagen`,
    ]);
    expect(await whatMatches({ organisatie: 'ministerie' })).toEqual(['Mira Ministerie (ministerie): actie gewijzigd', 'Mira Ministerie (ministerie): goedgekeurd']);
  });

  it('filters by plan, round and action', async () => {
    const planB = await whatMatches({ plan: String(scene.b.plan.id) });
    expect(planB).toEqual(['Mira Ministerie (ministerie): actie gewijzigd', `Niels NVP (${scene.nvp.abbreviation}): stand van zaken opgeslagen`]);
    expect(await whatMatches({ ronde: String(scene.b.round.id) })).toEqual([`Niels NVP (${scene.nvp.abbreviation}): stand van zaken opgeslagen`]);
    expect(await whatMatches({ actie: String(scene.a.action.id) })).toHaveLength(3);
    expect(await whatMatches({ actie: String(scene.b.action.id) })).toEqual(planB);
  });

  it('filters by kind of change, and combines every filter', async () => {
    expect(await whatMatches({ soort: 'entry.approve' })).toEqual(['Mira Ministerie (ministerie): goedgekeurd']);
    expect(await whatMatches({ soort: 'update.save', organisatie: String(scene.jn.id), actie: String(scene.a.action.id) })).toEqual([
      `Petra Partner (${scene.jn.abbreviation}): stand van zaken opgeslagen`,
    ]);
    expect(await whatMatches({ soort: 'update.save', persoon: String(scene.mira.id) })).toEqual([]);
  });

  it('filters by period in Amsterdam days, both included', async () => {
    // 00:30 on 1 December in Amsterdam is still 30 November in UTC; 23:30 on 30 November is not in December.
    await db.$executeRaw`INSERT INTO audit_log (permission, entity_type, entity_id, created_at) VALUES
      ('round.close', 'round', '1', '2026-11-30T23:30:00Z'), ('round.open', 'round', '1', '2026-11-30T22:30:00Z')`;
    expect(await whatMatches({ van: '2026-12-01', tot: '2026-12-01' })).toEqual(['opdrachtregel: ronde gesloten']);
    expect(await whatMatches({ tot: '2026-11-30' })).toEqual(['opdrachtregel: ronde geopend']);
    expect(await whatMatches({ van: '2026-12-02', tot: '2026-12-01' })).toEqual([]);
  });

  it('ignores filters that do not parse and pages past the end without failing', async () => {
    const all = await whatMatches({});
    expect(await whatMatches({ persoon: 'x', plan: '-3', van: '2026-13-01', soort: 'DROP TABLE', actie: '1e9999' })).toEqual(all);
    const far = await findAuditLog({ user: scene.mira, filter: parseAuditFilter({ pagina: '99' }) });
    expect(far).toMatchObject({ total: all.length, pageCount: 1, lines: [] });
  });

  it('offers the actions of the chosen plan or round, and names a chosen action without either', async () => {
    const actionsFor = async (params: Record<string, string>) =>
      (await findAuditFilterOptions({ user: scene.mira, filter: parseAuditFilter(params) })).actions.map((a) => a.label);
    expect(await actionsFor({})).toEqual([]);
    expect(await actionsFor({ plan: String(scene.b.plan.id) })).toEqual(['Een hernoemde actie']);
    expect(await actionsFor({ ronde: String(scene.a.round.id) })).toEqual(['Een actie']);
    expect(await actionsFor({ actie: String(scene.b.action.id) })).toEqual(['Een hernoemde actie']);
    const options = await findAuditFilterOptions({ user: scene.mira, filter: parseAuditFilter({}) });
    expect(options.users.map((u) => u.label)).toContain(`Petra Partner (${scene.jn.abbreviation})`);
    expect(options.users.map((u) => u.label)).toContain('Mira Ministerie (ministerie)');
    await expect(findAuditFilterOptions({ user: scene.petra, filter: parseAuditFilter({}) })).rejects.toThrow(ForbiddenError);
  });

  it('is for ministry editors only, and a permalink shows one line in full', async () => {
    await expect(findAuditLog({ user: scene.petra, filter: parseAuditFilter({}) })).rejects.toThrow(ForbiddenError);
    await expect(findAuditEntry({ user: null, id: 1 })).rejects.toThrow('Log in om dit te doen.');
    const [approval] = (await findAuditLog({ user: scene.mira, filter: parseAuditFilter({ soort: 'entry.approve' }) })).lines;
    const found = await findAuditEntry({ user: scene.mira, id: approval!.id });
    expect(found!.line.changes.map((c) => [c.label, c.before, c.after, c.changed])).toEqual([
      ['Controle', 'klaar voor controle', 'goedgekeurd', true],
      ['Opmerking bij terugsturen', '—', null, true],
      ['Versie', '2', '2', false],
    ]);
    expect(found!.context).toMatchObject({ action: { id: scene.a.action.id }, round: { id: scene.a.round.id }, plan: { id: scene.a.plan.id } });
    expect(await findAuditEntry({ user: scene.mira, id: 2_000_000_000 })).toBeNull();
  });

  it('stays append-only: the database refuses to change or remove a line, also its new columns', async () => {
    const before = await db.auditLogEntry.findMany({ orderBy: { id: 'asc' } });
    const id = before[0]!.id;
    await expect(db.$executeRaw`UPDATE audit_log SET action_id = NULL WHERE id = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE audit_log SET actor_organisation_id = NULL, plan_id = NULL, round_id = NULL WHERE id = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE audit_log SET after = '{}'::jsonb WHERE id = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_log WHERE id = ${id}`).rejects.toThrow(/append-only/);
    expect(await db.auditLogEntry.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});
