/** The audit log's filter in its URL: every dimension, combined, Amsterdam days; what does not parse is ignored. */
import { describe, expect, it } from 'vitest';
import { auditWhere, periodReversed } from '@/lib/audit/audit-where';
import { auditFilterQuery, parseAuditFilter } from '@/lib/validation/audit';

describe('the audit filter', () => {
  it('reads each dimension and combines them on the indexed columns', () => {
    const filter = parseAuditFilter({ persoon: '4', organisatie: '10', plan: '1', ronde: '5', actie: '9', soort: 'update.save', pagina: '2' });
    expect(filter).toEqual({ pagina: 2, persoon: 4, organisatie: 10, plan: 1, ronde: 5, actie: 9, soort: 'update.save' });
    expect(auditWhere(filter)).toEqual({ actorId: 4, actorOrganisationId: 10, planId: 1, roundId: 5, actionId: 9, permission: 'update.save' });
    expect(auditFilterQuery(filter, 2)).toBe('?persoon=4&organisatie=10&plan=1&ronde=5&actie=9&soort=update.save&pagina=2');
  });

  it('takes a period as whole Amsterdam days, both included, in winter and summer time', () => {
    expect(auditWhere(parseAuditFilter({ van: '2026-12-01', tot: '2026-12-02' }))).toEqual({
      createdAt: { gte: new Date('2026-11-30T23:00:00.000Z'), lt: new Date('2026-12-02T23:00:00.000Z') },
    });
    expect(auditWhere(parseAuditFilter({ tot: '2026-07-01' }))).toEqual({ createdAt: { lt: new Date('2026-07-01T22:00:00.000Z') } });
    expect(periodReversed(parseAuditFilter({ van: '2026-12-02', tot: '2026-12-01' }))).toBe(true);
  });

  it('reads "opdrachtregel" as lines without an account and "ministerie" as accounts without an organisation', () => {
    expect(auditWhere(parseAuditFilter({ persoon: 'opdrachtregel' }))).toEqual({ actorId: null });
    expect(auditWhere(parseAuditFilter({ organisatie: 'ministerie' }))).toEqual({ actorOrganisationId: null, actorId: { not: null } });
    expect(auditWhere(parseAuditFilter({ organisatie: 'ministerie', persoon: '3' }))).toEqual({ actorOrganisationId: null, actorId: 3 });
  });

  it.each([
    ['pagina', '-1'],
    ['pagina', 'x'],
    ['persoon', 'iemand'],
    ['organisatie', '0'],
    ['plan', '1.5'],
    ['ronde', '99999999999'],
    ['actie', "1' OR 1=1"],
    ['soort', '{"a":1}'],
    ['van', '2026-02-30'],
    ['tot', '31-12-2026'],
    ['van', '0001-01-01'],
  ])('ignores %s=%s instead of failing', (key, value) => {
    const filter = parseAuditFilter({ [key]: value });
    expect(filter).toEqual({ pagina: 1 });
    expect(auditWhere(filter)).toEqual({});
  });

  it('takes the first of a repeated parameter, from a page’s params and from a URL alike', () => {
    expect(parseAuditFilter({ plan: ['2', '3'] })).toEqual({ pagina: 1, plan: 2 });
    expect(parseAuditFilter(new URLSearchParams('plan=2&plan=3&actie=&van=2026-12-01'))).toEqual({ pagina: 1, plan: 2, van: '2026-12-01' });
  });
});
