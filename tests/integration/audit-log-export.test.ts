/**
 * The audit log's CSV export as a browser asks for it (the route handler; only the session is
 * faked): the filtered view in Dutch for ministry editors, streamed in batches for a large log;
 * 401 signed out and 403 for partners, with the exact Dutch refusal and nothing changed.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuditScene } from '../support/audit-scene';
import { db, databaseUrl } from '../support/database-fixture';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { GET } = await import('@/app/beheer/audit/export.csv/route');

let scene: Awaited<ReturnType<typeof createAuditScene>>;

beforeAll(async () => {
  await truncateAll(databaseUrl);
  scene = await createAuditScene(db);
});
beforeEach(() => {
  session.user = null;
});

const download = (query = '') => GET(new Request(`http://test/beheer/audit/export.csv${query}`));

async function records(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes), { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
}

describe('the audit log as CSV', () => {
  it('exports the filtered view with Dutch headers, one record per line, before and after in words', async () => {
    session.user = scene.mira;
    const response = await download(`?actie=${scene.a.action.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="auditlog-actie-${scene.a.action.id}-${amsterdamIsoDate(new Date())}.csv"`,
    );
    const rows = await records(response);
    expect(Object.keys(rows[0]!)).toEqual(['Nummer', 'Wanneer', 'Wie', 'Wat', 'Onderwerp', 'Omschrijving', 'Voor', 'Na', 'Adres in het auditlog']);
    expect(rows.map((r) => r.Wat)).toEqual(['goedgekeurd', 'klaar voor controle gezet', 'stand van zaken opgeslagen']);
    const save = rows[2]!;
    expect(save).toMatchObject({
      Wie: `Petra Partner (${scene.jn.abbreviation})`,
      Onderwerp: `actie ‘Een actie’ in ronde ‘Deze ronde’ (${scene.a.plan.title})`,
      'Adres in het auditlog': `/beheer/audit/${save.Nummer}`,
    });
    expect(save.Wanneer).toMatch(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    expect(save.Voor!.split('\n')).toEqual(['Status: loopt', 'Resultaat / stand van zaken: Vorige tekst', 'Wanneer (planning): eind 2026', 'Versie: 1']);
    expect(save.Na!.split('\n')).toContain('Resultaat / stand van zaken: Vertraagd door de zomer, nu weer op koers');
    expect(save.Omschrijving!.split('\n')[0]).toBe(`Petra Partner (${scene.jn.abbreviation}): stand van zaken opgeslagen — ${save.Onderwerp}.`);
    expect(save.Omschrijving).toContain('Status: loopt → vertraagd');
    const text = JSON.stringify(rows);
    for (const code of ['IN_PROGRESS', 'READY_FOR_REVIEW', 'APPROVED', 'DELAYED', '{\\"']) expect(text).not.toContain(code);
  });

  it('combines filters as the page does and ignores what does not parse', async () => {
    session.user = scene.mira;
    expect((await records(await download(`?soort=update.save&organisatie=${scene.nvp.id}&van=nooit`))).map((r) => r.Wie)).toEqual([
      `Niels NVP (${scene.nvp.abbreviation})`,
    ]);
    expect(await records(await download('?soort=round.publish'))).toEqual([]);
  });

  it('streams a large log in batches, every line once, newest first', async () => {
    session.user = scene.mira;
    await db.$executeRaw`INSERT INTO audit_log (actor_id, permission, entity_type, entity_id, before, after)
      SELECT ${scene.mira.id}, 'round.close', 'round', ${String(scene.a.round.id)}, '{"state":"OPEN"}'::jsonb, '{"state":"CLOSED"}'::jsonb
      FROM generate_series(1, 1234)`;
    const rows = await records(await download('?soort=round.close'));
    expect(rows).toHaveLength(1234);
    const ids = rows.map((r) => Number(r.Nummer));
    expect(new Set(ids).size).toBe(1234);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(rows[1233]).toMatchObject({ Wat: 'ronde gesloten', Voor: 'Stand: open voor invoer', Na: 'Stand: gesloten' });
  });

  it('refuses someone signed out with 401 and a partner with 403, in Dutch, changing nothing', async () => {
    const before = await snapshotTables(db);
    const signedOut = await download();
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe('Log in als redacteur van het ministerie om het auditlog te downloaden.\n');
    session.user = scene.petra;
    const partner = await download(`?actie=${scene.a.action.id}`);
    expect(partner.status).toBe(403);
    expect(partner.headers.get('content-disposition')).toBeNull();
    expect(await partner.text()).toBe('Alleen redacteuren van het ministerie mogen het auditlog downloaden.\n');
    expect(await snapshotTables(db)).toEqual(before);
  });
});
