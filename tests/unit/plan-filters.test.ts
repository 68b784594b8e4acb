import { describe, expect, it } from 'vitest';
import { changesFilterSchema, filtersToQuery, parsePlanFilters } from '@/lib/validation/plan-filters';

describe('plan filters in the URL', () => {
  it('reads the form’s parameters, ignoring empty ones', () => {
    const parsed = parsePlanFilters({
      ronde: 'voortgang-2019-najaar',
      organisatie: 'JN',
      status: 'nog-niet-gestart',
      lijn: 'A2',
      overtijd: '1',
      gewijzigd: undefined,
      q: '  pleegouders ',
      pagina: '',
    });
    expect(parsed.success && parsed.data).toEqual({
      ronde: 'voortgang-2019-najaar',
      organisatie: 'JN',
      status: 'NOT_STARTED',
      lijn: 'A2',
      overtijd: true,
      gewijzigd: false,
      verschoven: false,
      q: 'pleegouders',
      pagina: 1,
    });
  });

  it('writes the same filters back as a query string, round trip', () => {
    const parsed = parsePlanFilters(new URLSearchParams('status=loopt&gewijzigd=1&verschoven=1&q=werving&pagina=2'));
    expect(parsed.success).toBe(true);
    const query = filtersToQuery(parsed.data!);
    expect(query).toBe('status=loopt&gewijzigd=1&verschoven=1&q=werving&pagina=2');
    expect(parsePlanFilters(new URLSearchParams(query)).data).toEqual(parsed.data);
  });

  it('refuses unknown statuses and malformed values with a Dutch message', () => {
    const parsed = parsePlanFilters({ status: 'klaar' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe('Onbekende status.');
    expect(parsePlanFilters({ lijn: "1'; drop table" }).success).toBe(false);
    expect(parsePlanFilters({ q: 'x'.repeat(201) }).success).toBe(false);
  });

  it('reads the changes tab’s filter segment: none, or exactly "verschoven"', () => {
    expect(changesFilterSchema.parse(undefined)).toEqual({ onlyShifted: false });
    expect(changesFilterSchema.parse(['verschoven'])).toEqual({ onlyShifted: true });
    for (const bad of [['gewijzigd'], ['verschoven', 'extra'], []]) {
      const parsed = changesFilterSchema.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toBe('Onbekend filter.');
    }
    expect(parsePlanFilters({ verschoven: 'ja' }).data?.verschoven).toBe(true);
    expect(parsePlanFilters({ verschoven: '2' }).error!.issues[0]!.message).toBe('Zet dit filter aan met 1.');
  });
});
