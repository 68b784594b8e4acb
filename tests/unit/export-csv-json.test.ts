import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { describeSelection } from '@/lib/exports/describe-selection';
import { exportFileName } from '@/lib/exports/export-rows';
import { CSV_COLUMNS, toCsv } from '@/lib/exports/to-csv';
import { toJsonExport, toJson } from '@/lib/exports/to-json';
import { OVERDUE_ON, planOverview } from './fixtures/plan-overview';

describe('toCsv', () => {
  const csv = toCsv(planOverview());
  const records = parse(csv, { delimiter: ';', bom: true }) as string[][];

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(';')}`);
  });

  it('has the header and one record per action, lines without actions left out', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records[0]!.slice(-2)).toEqual(['Termijn verschoven (maanden)', 'Vorige einddatum']);
    expect(records).toHaveLength(1 + 3);
  });

  it('keeps multi-line results, quotes and semicolons intact', () => {
    expect(records[2]).toEqual([
      'A1: Meer pleegouders',
      'Onderzoek uitval; "breakdown"',
      'VWS (trekker), NJi',
      'loopt',
      'Eerste regel\nTweede regel; met puntkomma',
      'medio 2020',
      '2020-05-01',
      '2020-08-31',
      'ja',
      '8',
      '2019-12-31',
    ]);
  });

  it('marks completed and open-ended actions as not over tijd, and leaves the shift empty where there is none', () => {
    expect(records[1]!.slice(-3)).toEqual(['nee', '', '']);
    expect(records[3]!.slice(-5)).toEqual(['', '', 'nee', '', '']);
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(records[3]![1]).toBe("'=Doorlopende campagne");
  });

  it('separates with a comma on request', () => {
    const comma = parse(toCsv(planOverview(), { delimiter: ',' }), { bom: true }) as string[][];
    expect(comma[2]![2]).toBe('VWS (trekker), NJi');
    expect(comma).toHaveLength(4);
  });
});

describe('toJson', () => {
  it('gives plan and round metadata, the reference date and the same rows', () => {
    const json = toJsonExport(planOverview());
    expect(json.plan).toEqual({ slug: 'actieplan-test', title: 'Actieplan Test', summary: 'Een plan om mee te testen.' });
    expect(json.round).toEqual({ key: 'najaar', title: 'Ronde najaar', date: '2019-11-01', dateIsApproximate: true, isBaseline: false });
    expect(json.overdueOn).toBe(OVERDUE_ON);
    expect(json.rows.map((r) => [r.title, r.statusLabel, r.overdue])).toEqual([
      ['Handboek matching', 'afgerond', false],
      ['Onderzoek uitval; "breakdown"', 'loopt', true],
      ['=Doorlopende campagne', 'nog niet gestart', false],
    ]);
    expect(json.rows[1]).toMatchObject({ line: { code: 'A1', label: 'A1' } });
    expect(json.rows[1]!.deadline).toEqual({
      start: '2020-05-01',
      end: '2020-08-31',
      shift: { previousEnd: '2019-12-31', newEnd: '2020-08-31', months: 8 },
    });
    expect(json.rows[0]!.deadline.shift).toBeNull();
  });

  it('takes "over tijd" from the overview, so a filtered or earlier view exports what it shows', () => {
    const overview = planOverview();
    const earlier = { ...overview, overdueOn: '2019-02-01', lines: overview.lines.map((l) => ({ ...l, actions: l.actions.map((a) => ({ ...a, overdue: false })) })) };
    expect(toJsonExport(earlier).overdueOn).toBe('2019-02-01');
    expect(toJsonExport(earlier).rows.every((row) => !row.overdue)).toBe(true);
  });

  it('serialises to parseable JSON', () => {
    expect(JSON.parse(toJson(planOverview()))).toEqual(JSON.parse(JSON.stringify(toJsonExport(planOverview()))));
  });
});

describe('exportFileName', () => {
  it('names the file after plan and round, and marks a selection', () => {
    expect(exportFileName(planOverview(), 'docx')).toBe('actieplan-test-najaar.docx');
    expect(exportFileName(planOverview(), 'csv', { selection: 'status=loopt' })).toBe('actieplan-test-najaar-selectie.csv');
  });
});

describe('a selection', () => {
  it('is named in the JSON, and null for the whole round', () => {
    expect(toJsonExport(planOverview()).selection).toBeNull();
    expect(toJsonExport(planOverview(), { selection: 'status=loopt' }).selection).toBe('status=loopt');
  });

  it('is described in words', () => {
    expect(describeSelection('organisatie=JN&status=nog-niet-gestart&lijn=A1&overtijd=1&q=campagne&onbekend=x')).toBe(
      'organisatie JN, status nog niet gestart, actielijn A1, alleen over tijd, zoekterm ‘campagne’',
    );
  });
});
