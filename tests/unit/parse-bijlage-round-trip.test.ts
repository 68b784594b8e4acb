import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '@/lib/actions/status';
import { toDocx } from '@/lib/exports/to-docx';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import type { ParsedBijlage } from '@/lib/import/bijlage/parsed-bijlage';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';
import { summarize } from '@/lib/plans/status-summary';
import { action, line, OVERDUE_ON, round } from './fixtures/plan-overview';

/**
 * The app's own bijlage read back (issue 11, item 3): every action's title, result, planning and
 * completion (with the Status column: its status) exactly as the overview holds them, each under
 * the heading with its line's code. Texts chosen to be awkward for Word and for the reader.
 */
const TWO = [
  { abbreviation: 'VWS', name: 'Ministerie van VWS' },
  { abbreviation: 'NJi', name: 'Nederlands Jeugdinstituut' },
];

function awkwardOverview(): PlanOverview {
  const completed = (id: number, lineId: number, planning: string, result = 'Afgerond.') =>
    action(id, lineId, { status: 'COMPLETED', planning, result });
  const lines = [
    line(10, 'A', [], { title: 'Voortgang aanpak pleegzorg', intro: 'Om pleegzorg te versterken:\n- werven\n- binden' }),
    line(
      11,
      'A1',
      [
        action(1, 11, {
          title: 'Handboek "matching" & <co> ‘enkel’ – “dubbel”',
          status: 'COMPLETED',
          planning: '2017\ngepubliceerd',
          result: 'Eerste regel\n\nDerde regel na een lege\n  ingesprongen regel\nmet  twee spaties en een\ttab',
        }),
        completed(2, 11, ''),
        action(3, 11, { title: 'Zonder planning', planning: '' }),
        action(4, 11, { title: 'Vinkje in de tekst', status: 'NOT_STARTED', result: '✓ afgevinkt in de tekst\n✓', planning: 'Doorlopend' }),
        completed(5, 11, '✓ al afgevinkt'),
      ],
      { parentId: 10, title: 'Meer pleegouders (verhogen instroom, verminderen uitstroom)' },
    ),
    line(12, 'A2', [action(6, 12, { status: 'DELAYED', result: '- opsomming\n- tweede punt\n  - dieper', planning: 'najaar 2020 ]]> <w:t>' })], {
      parentId: 10,
      title: 'Verbeteren ondersteuning',
    }),
    line(13, '3', [action(7, 13, { status: 'STOPPED', title: 'Campagne €13,7 mln: 21 jaar', result: 'Gestopt; zie "brief".', responsible: TWO }), completed(8, 13, 'eind 2018', 'Ja')], {
      title: 'Werven en screenen van pleegouders',
    }),
    line(14, 'B', [action(9, 14, { title: 'Kwaliteitskader gezinshuizen', planning: 'Medio 2020' })], { title: 'Gezinshuizen' }),
  ];
  const rounds = [round(1, 'voorjaar', '2019-02-01'), round(2, 'najaar', '2019-11-01')];
  return {
    plan: { slug: 'actieplan-pleegzorg', title: 'Actieplan Pleegzorg', summary: 'Het plan.' },
    rounds,
    round: rounds[1]!,
    previousRound: rounds[0]!,
    isLatest: true,
    overdueOn: OVERDUE_ON,
    rowsLoaded: true,
    lines,
    summary: summarize(lines.flatMap((l) => l.actions)),
  };
}

/** What the overview should read back as: per action its line's code and texts; `status` as read. */
function expectedRows(overview: PlanOverview, status: (status: ActionStatus) => ActionStatus | null) {
  return overview.lines.flatMap((l) =>
    l.actions.map((a) => ({ code: l.code, title: a.title, result: a.result, planning: a.planning, status: status(a.status) })),
  );
}

function readRows(parsed: ParsedBijlage) {
  return parsed.rows.map((row) => ({
    code: parsed.headings[row.headingIndex!]!.code,
    title: row.title,
    result: row.result,
    planning: row.planning,
    status: row.status,
  }));
}

describe('parseBijlage reads the app’s own bijlage back exactly', () => {
  const overview = awkwardOverview();

  it('without extra columns: texts exact, ✓ as completed, headings with their codes and parents', async () => {
    const parsed = await parseBijlage(await toDocx(overview));
    expect(parsed.problems).toEqual([]);
    expect(parsed.title).toBe('Actieplan Pleegzorg');
    expect(parsed.headings.map((h) => [h.code, h.title, h.parentIndex])).toEqual([
      ['A', 'Voortgang aanpak pleegzorg', null],
      ['A1', 'Meer pleegouders (verhogen instroom, verminderen uitstroom)', 0],
      ['A2', 'Verbeteren ondersteuning', 0],
      ['3', 'Werven en screenen van pleegouders', null],
      ['B', 'Gezinshuizen', null],
    ]);
    expect(readRows(parsed)).toEqual(expectedRows(overview, (status) => (status === 'COMPLETED' ? 'COMPLETED' : null)));
  });

  it('with the Status and Verantwoordelijk columns: every status exact, who is responsible as written', async () => {
    const parsed = await parseBijlage(await toDocx(overview, { columns: ['status', 'verantwoordelijk'] }));
    expect(parsed.problems).toEqual([]);
    expect(readRows(parsed)).toEqual(expectedRows(overview, (status) => status));
    expect(parsed.rows.map((row) => row.responsibleText)).toEqual(
      overview.lines.flatMap((l) => l.actions.map((a) => (a.responsible === TWO ? 'VWS (trekker)\nNJi' : 'JN'))),
    );
  });

  it('with the Status column, a planning that starts with ✓ of an action not completed survives', async () => {
    const tricky = awkwardOverview();
    tricky.lines[1]!.actions[2] = action(3, 11, { title: 'Zonder planning', status: 'IN_PROGRESS', planning: '✓ deels' });
    const withStatus = await parseBijlage(await toDocx(tricky, { columns: ['status'] }));
    expect(withStatus.rows[2]).toMatchObject({ status: 'IN_PROGRESS', planning: '✓ deels' });
    // Without it the ✓ can only mean afgerond: the one text the plain bijlage cannot carry back.
    const plain = await parseBijlage(await toDocx(tricky));
    expect(plain.rows[2]).toMatchObject({ status: 'COMPLETED', planning: 'deels' });
  });
});
