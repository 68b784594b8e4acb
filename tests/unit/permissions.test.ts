/** The permission rules as a table: pure, so every combination is cheap to check. */
import { describe, expect, it } from 'vitest';
import type { ReviewState, RoundState } from '@/lib/generated/prisma/client';
import { assertCan, assertRoleMay, can, isResponsibleFor, type EntryResource } from '@/lib/auth/permissions';
import { visibleEntriesWhere } from '@/lib/auth/visible-entries';
import type { SessionUser } from '@/lib/auth/session-user';
import { ForbiddenError } from '@/lib/errors';

const ministry: SessionUser = { id: 1, email: 'm@x.nl', name: 'M', role: 'MINISTRY_EDITOR', organisationId: null, organisation: null };
const jn: SessionUser = { id: 2, email: 'j@x.nl', name: 'J', role: 'PARTNER_EDITOR', organisationId: 10, organisation: { abbreviation: 'JN', name: 'JN' } };
const orphan: SessionUser = { ...jn, id: 3, organisationId: null, organisation: null };

const entry = (roundState: RoundState, reviewState: ReviewState = 'NOT_STARTED', responsible = [10, 11]): EntryResource => ({
  roundState,
  reviewState,
  responsibleOrganisationIds: responsible,
});

describe('who may do what', () => {
  it('lets the partners of any responsible organisation edit an action, and nobody else', () => {
    expect(isResponsibleFor(jn, [11, 10])).toBe(true);
    expect(isResponsibleFor(jn, [11])).toBe(false);
    expect(isResponsibleFor(orphan, [10])).toBe(false);
    expect(isResponsibleFor(ministry, [10])).toBe(false);
  });

  it.each([
    ['DRAFT', false, false],
    ['OPEN', true, true],
    ['CLOSED', true, false],
    ['PUBLISHED', false, false],
  ] as const)('saving an update in a round that is %s: ministry %s, own partner %s', (state, ministryMay, partnerMay) => {
    expect(can(ministry, 'update.save', entry(state))).toBe(ministryMay);
    expect(can(jn, 'update.save', entry(state))).toBe(partnerMay);
    expect(can(jn, 'update.save', entry(state, 'NOT_STARTED', [11]))).toBe(false);
    expect(can(null, 'update.save', entry(state))).toBe(false);
  });

  it('locks an approved entry for the partner, not for the ministry', () => {
    expect(can(jn, 'update.save', entry('OPEN', 'APPROVED'))).toBe(false);
    expect(can(ministry, 'update.save', entry('OPEN', 'APPROVED'))).toBe(true);
    expect(can(jn, 'update.save', entry('OPEN', 'RETURNED'))).toBe(true);
  });

  it('leaves marking ready to the partner, and approving and returning to the ministry', () => {
    expect(can(jn, 'update.markReady', entry('OPEN', 'IN_PROGRESS'))).toBe(true);
    expect(can(jn, 'update.markReady', entry('OPEN', 'READY_FOR_REVIEW'))).toBe(false);
    expect(can(ministry, 'update.markReady', entry('OPEN', 'IN_PROGRESS'))).toBe(false);
    expect(can(ministry, 'entry.approve', entry('CLOSED', 'READY_FOR_REVIEW'))).toBe(true);
    expect(can(ministry, 'entry.approve', entry('OPEN', 'APPROVED'))).toBe(false);
    expect(can(ministry, 'entry.return', entry('OPEN', 'READY_FOR_REVIEW'))).toBe(true);
    expect(can(ministry, 'entry.return', entry('CLOSED', 'READY_FOR_REVIEW'))).toBe(false);
    expect(can(jn, 'entry.approve', entry('OPEN', 'READY_FOR_REVIEW'))).toBe(false);
    // Taking a review back: the ministry, while the round is open (the state check is the use case's).
    expect(can(ministry, 'entry.undoReview', entry('OPEN', 'APPROVED'))).toBe(true);
    expect(() => assertCan(ministry, 'entry.undoReview', entry('CLOSED', 'APPROVED'))).toThrow(
      new ForbiddenError('Ongedaan maken kan alleen zolang de ronde open is voor invoer.'),
    );
    expect(can(jn, 'entry.undoReview', entry('OPEN', 'RETURNED'))).toBe(false);
  });

  it('moves a round one step at a time, by the ministry only', () => {
    const steps = [
      ['round.open', 'DRAFT'],
      ['round.close', 'OPEN'],
      ['round.publish', 'CLOSED'],
      ['round.reopen', 'CLOSED'],
      ['round.delete', 'DRAFT'],
    ] as const;
    for (const [permission, from] of steps) {
      for (const state of ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const) {
        expect(can(ministry, permission, { state })).toBe(state === from);
        expect(can(jn, permission, { state })).toBe(false);
      }
    }
  });

  it('keeps a round’s title, date and deadline editable until publication, by the ministry only', () => {
    for (const state of ['DRAFT', 'OPEN', 'CLOSED'] as const) {
      expect(can(ministry, 'round.edit', { state })).toBe(true);
      expect(() => assertCan(jn, 'round.edit', { state })).toThrow(new ForbiddenError('Alleen redacteuren van het ministerie mogen dit.'));
    }
    expect(() => assertCan(ministry, 'round.edit', { state: 'PUBLISHED' })).toThrow(
      new ForbiddenError('De rapportageronde is gepubliceerd en kan niet meer veranderen.'),
    );
    expect(() => assertCan(ministry, 'round.delete', { state: 'OPEN' })).toThrow(new ForbiddenError('Alleen een ronde in concept kan worden verwijderd.'));
    expect(() => assertCan(ministry, 'round.reopen', { state: 'OPEN' })).toThrow(new ForbiddenError('Alleen een gesloten ronde kan worden heropend.'));
  });

  it('keeps management and the audit log to the ministry, the workspace to partners', () => {
    for (const permission of ['plan.create', 'line.reorder', 'action.move', 'organisation.edit', 'user.create', 'audit.view', 'review.view', 'round.concept'] as const) {
      expect(can(ministry, permission, null)).toBe(true);
      expect(can(jn, permission, null)).toBe(false);
      expect(can(null, permission, null)).toBe(false);
    }
    expect(can(jn, 'workspace.view', null)).toBe(true);
    expect(can(orphan, 'workspace.view', null)).toBe(false);
  });

  it('throws a ForbiddenError with the Dutch reason', () => {
    expect(() => assertCan(jn, 'update.save', entry('CLOSED'))).toThrow(new ForbiddenError('De rapportageronde is niet (meer) open voor invoer.'));
    expect(() => assertCan(null, 'round.create', null)).toThrow('Log in om dit te doen.');
  });

  it('gives a published round its own reason for every step, not "close it first"', () => {
    for (const permission of ['round.open', 'round.close', 'round.publish', 'round.reopen', 'round.delete'] as const) {
      expect(() => assertCan(ministry, permission, { state: 'PUBLISHED' })).toThrow(
        new ForbiddenError('De rapportageronde is gepubliceerd en kan niet meer veranderen.'),
      );
    }
  });

  it('refuses by role before any row is read: a partner never reviews, the ministry never marks ready', () => {
    const ministryOnly = new ForbiddenError('Alleen redacteuren van het ministerie mogen dit.');
    for (const permission of ['entry.approve', 'entry.return', 'entry.undoReview', 'round.open', 'round.close', 'round.publish', 'round.edit', 'round.delete', 'round.reopen'] as const) {
      expect(() => assertRoleMay(jn, permission)).toThrow(ministryOnly);
      expect(() => assertRoleMay(ministry, permission)).not.toThrow();
    }
    expect(() => assertRoleMay(ministry, 'update.markReady')).toThrow(
      new ForbiddenError('Het ministerie keurt goed; klaarzetten voor controle doet de partnerorganisatie.'),
    );
    expect(() => assertRoleMay(jn, 'update.markReady')).not.toThrow();
    expect(() => assertRoleMay(jn, 'update.save')).not.toThrow(); // which entries: the row decides
    expect(() => assertRoleMay(null, 'update.save')).toThrow('Log in om dit te doen.');
  });

  it('has query fragments that match the rules', () => {
    expect(visibleEntriesWhere(jn)).toEqual({
      action: { responsibilities: { some: { organisationId: 10 } } },
      round: { state: { in: ['OPEN', 'CLOSED', 'PUBLISHED'] } },
    });
    expect(visibleEntriesWhere(ministry)).toEqual({});
    expect(visibleEntriesWhere(null)).toEqual({ id: { in: [] } });
    expect(visibleEntriesWhere(orphan)).toEqual({ id: { in: [] } });
  });
});
