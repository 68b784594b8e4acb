import { describe, expect, it } from 'vitest';
import { compareRows, countChanges, wordDiff } from '@/lib/plans/compare-rows';
import type { ActionRow } from '@/lib/plans/round-rows';

const row = (actionId: number, fields: Partial<ActionRow> = {}): ActionRow => ({
  actionId,
  lineId: 1,
  title: `Actie ${actionId}`,
  responsible: [],
  status: 'IN_PROGRESS',
  result: 'Loopt volgens plan.',
  planning: 'medio 2020',
  deadline: { start: '2020-05-01', end: '2020-08-31' },
  overdue: false,
  shift: null,
  ...fields,
});

describe('compareRows', () => {
  it('classifies every action as new, changed, unchanged or no longer reported', () => {
    const previous = [row(1), row(2), row(3)];
    const current = [row(1), row(2, { status: 'COMPLETED' }), row(4)];
    const changes = compareRows(previous, current);
    expect(changes.map((c) => [c.actionId, c.kind])).toEqual([
      [1, 'UNCHANGED'],
      [2, 'CHANGED'],
      [4, 'NEW'],
      [3, 'REMOVED'],
    ]);
    expect(countChanges(changes)).toEqual({ NEW: 1, CHANGED: 1, UNCHANGED: 1, REMOVED: 1 });
  });

  it('reports a status change and the changed texts word by word', () => {
    const [change] = compareRows(
      [row(1, { result: 'Onderzoek is opgestart.' })],
      [row(1, { status: 'COMPLETED', result: 'Onderzoek is afgerond.' })],
    );
    expect(change!.statusChanged).toBe(true);
    expect(change!.textChanges.map((d) => d.field)).toEqual(['result']);
    expect(change!.textChanges[0]!.parts).toEqual([
      { text: 'Onderzoek is ', kind: 'same' },
      { text: 'opgestart', kind: 'removed' },
      { text: 'afgerond', kind: 'added' },
      { text: '.', kind: 'same' },
    ]);
  });

  it('does not count PDF line wraps and extra spaces as changes', () => {
    const [change] = compareRows([row(1, { result: 'Handboek is\nopgeleverd ' })], [row(1, { result: 'Handboek is opgeleverd' })]);
    expect(change!.kind).toBe('UNCHANGED');
  });
});

describe('wordDiff', () => {
  it('keeps unchanged words and marks the rest', () => {
    expect(wordDiff('Najaar 2019 gereed.', 'Najaar 2020 gereed.').filter((p) => p.kind !== 'same')).toEqual([
      { text: '2019', kind: 'removed' },
      { text: '2020', kind: 'added' },
    ]);
  });
});
