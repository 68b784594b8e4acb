import { describe, expect, it } from 'vitest';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import {
  COMPLETENESS_CATEGORIES,
  countOpenItems,
  notAcceptedMessage,
  openItemsOf,
  type CompletenessInput,
  type CompletenessText,
} from '@/lib/rounds/completeness';
import { describeAuditEntry } from '@/lib/audit/audit-labels';

const ROUND_DATE = '2026-12-01';

/** A text as the database has it: the planning verbatim, its range as the parser found it. */
function text(planning: string, fields: Partial<Omit<CompletenessText, 'planning' | 'deadline'>> = {}): CompletenessText {
  return { status: 'IN_PROGRESS', result: 'Loopt volgens plan.', planning, deadline: parsePlanning(planning), ...fields };
}

function entry(fields: Partial<CompletenessInput>): CompletenessInput {
  return { reviewState: 'APPROVED', discontinued: false, current: text('eind 2027'), previous: text('eind 2027'), ...fields };
}

const categoriesOf = (input: CompletenessInput) => openItemsOf(input, ROUND_DATE).map((item) => item.category);

describe('openItemsOf: what an entry still misses before publication', () => {
  it('an approved entry with the same dated planning as before is only unchanged', () => {
    expect(categoriesOf(entry({}))).toEqual(['unchanged']);
  });

  it('unchanged needs status, result and planning identical (surrounding white space ignored)', () => {
    const previous = text('eind 2027');
    expect(categoriesOf(entry({ previous, current: { ...previous, result: ' Loopt volgens plan.\n' } }))).toEqual(['unchanged']);
    expect(categoriesOf(entry({ previous, current: { ...previous, status: 'DELAYED' } }))).toEqual([]);
    expect(categoriesOf(entry({ previous, current: { ...previous, result: 'Loopt volgens plan, met vertraging.' } }))).toEqual([]);
    expect(categoriesOf(entry({ previous, current: text('december 2027') }))).toEqual([]);
  });

  it('an action new in this round is never unchanged, nor over tijd without new planning, nor shifted', () => {
    expect(categoriesOf(entry({ previous: null, current: text('eind 2018') }))).toEqual([]);
  });

  it('names the review states: not ready, marked ready but not approved, returned', () => {
    const changed = { previous: null };
    expect(categoriesOf(entry({ ...changed, reviewState: 'NOT_STARTED' }))).toEqual(['notReady']);
    expect(categoriesOf(entry({ ...changed, reviewState: 'IN_PROGRESS' }))).toEqual(['notReady']);
    expect(categoriesOf(entry({ ...changed, reviewState: 'READY_FOR_REVIEW' }))).toEqual(['notApproved']);
    expect(categoriesOf(entry({ ...changed, reviewState: 'RETURNED' }))).toEqual(['returned']);
    expect(categoriesOf(entry({ ...changed, reviewState: 'APPROVED' }))).toEqual([]);
  });

  it('over tijd without new planning: the deadline ended before the round’s date and the planning text stayed', () => {
    const old = text('eind 2018');
    expect(categoriesOf(entry({ previous: old, current: { ...old, result: 'Nieuwe tekst.' } }))).toEqual(['overdueWithoutPlanning']);
    // A new planning text is a new planning, even when it is over tijd again.
    expect(categoriesOf(entry({ previous: old, current: text('medio 2019', { result: 'Nieuwe tekst.' }) }))).toEqual(['deadlineShifted']);
    // Ending after the round's date is not over tijd.
    expect(categoriesOf(entry({ previous: text('eind 2026'), current: text('eind 2026', { result: 'Nieuw.' }) }))).toEqual([]);
  });

  it('a completed or stopped action with an old deadline is not over tijd, and needs no date', () => {
    for (const status of ['COMPLETED', 'STOPPED'] as const) {
      const done = text('eind 2018', { status, result: 'Gereed.' });
      expect(categoriesOf(entry({ previous: text('eind 2018'), current: done }))).toEqual([]);
      expect(categoriesOf(entry({ previous: null, current: text('', { status }) }))).toEqual([]);
    }
  });

  it('deadline shifted: the end moved later, with the months; a shift of 0 months is none', () => {
    const items = openItemsOf(entry({ previous: text('Traject loopt t/m eind 2022.'), current: text('voorjaar 2027') }), ROUND_DATE);
    expect(items).toEqual([{ category: 'deadlineShifted', shift: { previousEnd: '2022-12-31', newEnd: '2027-05-31', months: 53 } }]);
    expect(categoriesOf(entry({ previous: text('2027'), current: text('december 2027') }))).toEqual([]);
    expect(categoriesOf(entry({ previous: text('december 2027'), current: text('Q2 2027') }))).toEqual([]);
  });

  it('planning without a date: the parser found no range, or the planning is empty while the action goes on', () => {
    expect(parsePlanning('Doorlopend')).toEqual({ start: null, end: null });
    expect(categoriesOf(entry({ previous: null, current: text('Doorlopend') }))).toEqual(['planningWithoutDate']);
    expect(categoriesOf(entry({ previous: text('eind 2027'), current: text('Campagne loopt') }))).toEqual(['planningWithoutDate']);
    expect(categoriesOf(entry({ previous: null, current: text('') }))).toEqual(['planningWithoutDate']);
    expect(categoriesOf(entry({ previous: null, current: text('   ', { status: 'NOT_STARTED' }) }))).toEqual(['planningWithoutDate']);
    // The same undated text as before: unchanged and still without a date.
    expect(categoriesOf(entry({ previous: text('Doorlopend'), current: text('Doorlopend') }))).toEqual(['unchanged', 'planningWithoutDate']);
  });

  it('several at once, in the order of the categories', () => {
    const old = text('eind 2018');
    expect(categoriesOf(entry({ reviewState: 'NOT_STARTED', previous: old, current: old }))).toEqual(['unchanged', 'notReady', 'overdueWithoutPlanning']);
  });

  it('a discontinued action is not reported', () => {
    const old = text('eind 2018');
    expect(categoriesOf(entry({ discontinued: true, reviewState: 'RETURNED', previous: old, current: old }))).toEqual([]);
  });
});

describe('counts and messages', () => {
  it('counts entries per category, every category listed', () => {
    const old = text('eind 2018');
    const items = [entry({ reviewState: 'NOT_STARTED', previous: old, current: old }), entry({}), entry({ previous: null })].map((e) =>
      openItemsOf(e, ROUND_DATE),
    );
    expect(countOpenItems(items)).toEqual(
      COMPLETENESS_CATEGORIES.map((category) => ({
        category,
        count: { unchanged: 2, notReady: 1, overdueWithoutPlanning: 1 }[category as string] ?? 0,
      })),
    );
  });

  it('names the categories not accepted, with their counts, in Dutch', () => {
    expect(notAcceptedMessage([{ category: 'deadlineShifted', count: 1 }])).toBe(
      'Niet gepubliceerd: accepteer eerst deze categorie met openstaande punten, of werk ze bij: ‘termijn verschoven’ (1).',
    );
    expect(
      notAcceptedMessage([
        { category: 'unchanged', count: 33 },
        { category: 'notReady', count: 3 },
        { category: 'returned', count: 1 },
      ]),
    ).toBe(
      'Niet gepubliceerd: accepteer eerst deze categorieën met openstaande punten, of werk ze bij: ‘ongewijzigd sinds de vorige rapportage’ (33), ‘niet klaar voor controle’ (3) en ‘teruggestuurd en niet opnieuw ingediend’ (1).',
    );
  });

  it('the audit log says in words what a publication accepted', () => {
    const after = { state: 'PUBLISHED', accepted: [{ category: 'unchanged', count: 2 }, { category: 'deadlineShifted', count: 1 }] };
    expect(describeAuditEntry('round.publish', after)).toBe(
      'Geaccepteerd bij publicatie: ongewijzigd sinds de vorige rapportage (2), termijn verschoven (1).',
    );
    expect(describeAuditEntry('round.publish', { accepted: [] })).toBe('Gepubliceerd zonder openstaande punten.');
    expect(describeAuditEntry('round.publish', { state: 'PUBLISHED' })).toBeNull(); // published before this existed
    expect(describeAuditEntry('round.publish', { accepted: [null, { category: 'toString', count: 1 }] })).toBe('Gepubliceerd zonder openstaande punten.');
    expect(describeAuditEntry('round.close', after)).toBeNull();
  });
});
