import 'server-only';
import { prisma } from '@/lib/db';
import type { ReviewState } from '@/lib/generated/prisma/client';
import { isOverdue, dutchCalendarDate } from '@/lib/actions/overdue';
import { assertCan, can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import { wordDiff, type TextPart } from '@/lib/plans/compare-rows';
import { REVIEW_STATES } from '@/lib/review/review-states';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';
import { loadRoundCompleteness } from '@/lib/rounds/load-round-completeness';
import { findRoundLineIntros } from '@/lib/rounds/find-round-line-intros';
import { editorEntrySelect, toEditorEntry, type EditorEntry } from '@/lib/updates/editor-entry';
import { NO_PARTNER, type ReviewFilter } from '@/lib/validation/review-filter';

export type EntryChanges = { status: boolean; result: TextPart[] | null; planning: TextPart[] | null; isNew: boolean };

/**
 * A round as the ministry reviews it: every entry with its review state, the change against the
 * previous published round (word by word), whether it is over tijd (judged on today) and what the
 * reviewer may do with it. `filter` narrows the list, each part on top of the others; the counts,
 * and the organisations and lines to filter by, are always of the whole round. A closed round also
 * gets what is still missing per category, for the publish step. Null for an unknown round.
 */
export async function findRoundReview(options: { user: Actor; roundId: number; filter?: ReviewFilter; now?: Date }) {
  const { user, filter = {} } = options;
  assertCan(user, 'review.view', null);
  const round = await prisma.reportingRound.findUnique({
    where: { id: options.roundId },
    select: {
      id: true,
      planId: true,
      key: true,
      title: true,
      date: true,
      state: true,
      isBaseline: true,
      openedAt: true,
      closedAt: true,
      publishedAt: true,
      inputDeadline: true,
      inputDeadlineHasTime: true,
      reminderDaysBefore: true,
      plan: { select: { id: true, slug: true, title: true } },
    },
  });
  if (!round) return null;
  const entries = await prisma.actionEntry.findMany({
    where: { roundId: round.id, currentUpdateId: { not: null } },
    orderBy: { position: 'asc' },
    select: { ...editorEntrySelect, lineId: true },
  });
  const previous = await findPreviousUpdates(prisma, round, entries.map((e) => e.action.id));
  const today = dutchCalendarDate(options.now ?? new Date());
  const rows = entries.map((entry) => {
    const row = toEditorEntry(entry, round.state, previous.get(entry.action.id));
    return {
      ...row,
      lineId: entry.lineId,
      changes: changesOf(row),
      overdue: isOverdue(row.current, today),
      /** No organisation named: the ministry updates the entry itself. */
      noPartner: row.responsible.length === 0,
      canApprove: can(user, 'entry.approve', row.resource),
      canReturn: can(user, 'entry.return', row.resource),
      canEdit: can(user, 'update.save', row.resource),
    };
  });
  const [completeness, lineIntros] = await Promise.all([
    round.state === 'CLOSED' ? loadRoundCompleteness(prisma, round).then((found) => found.counts) : null,
    findRoundLineIntros({ user, roundId: round.id }),
  ]);
  const counts = Object.fromEntries(
    REVIEW_STATES.map((state) => [state, rows.filter((r) => r.reviewState === state).length]),
  ) as Record<ReviewState, number>;
  return {
    round: {
      ...round,
      date: dateToIsoDate(round.date),
      openedAt: round.openedAt?.toISOString() ?? null,
      closedAt: round.closedAt?.toISOString() ?? null,
      publishedAt: round.publishedAt?.toISOString() ?? null,
      inputDeadline: round.inputDeadline?.toISOString() ?? null,
    },
    entries: rows.filter((row) => matchesFilter(row, filter)),
    total: rows.length,
    counts,
    filter,
    choices: filterChoices(entries),
    completeness,
    /** The introductions per actielijn to edit; null once published. */
    lineIntros,
    can: {
      open: can(user, 'round.open', round),
      close: can(user, 'round.close', round),
      publish: can(user, 'round.publish', round),
      edit: can(user, 'round.edit', round),
      delete: can(user, 'round.delete', round),
      reopen: can(user, 'round.reopen', round),
      remind: can(user, 'round.remind', round),
      undoReview: can(user, 'entry.undoReview', { roundState: round.state, reviewState: 'APPROVED', responsibleOrganisationIds: [] }),
    },
  };
}

type ReviewRow = EditorEntry & { lineId: number; changes: EntryChanges; overdue: boolean; noPartner: boolean };

/** Does the entry pass every part of the filter? */
function matchesFilter(row: ReviewRow, filter: ReviewFilter): boolean {
  if (filter.organisation === NO_PARTNER && !row.noPartner) return false;
  if (typeof filter.organisation === 'number' && !row.resource.responsibleOrganisationIds.includes(filter.organisation)) return false;
  if (filter.lineId !== undefined && row.lineId !== filter.lineId) return false;
  if (filter.reviewState && row.reviewState !== filter.reviewState) return false;
  if (filter.change && (filter.change === 'ongewijzigd') !== isUnchanged(row.changes)) return false;
  if (filter.overdue && !row.overdue) return false;
  return !filter.shifted || row.shift !== null;
}

/** The organisations and lines of the round's entries, for the filter's choices, in the round's order. */
function filterChoices(entries: { lineId: number; line: { code: string; title: string }; action: { responsibilities: { organisationId: number; organisation: { abbreviation: string; name: string } }[] } }[]) {
  const lines = new Map<number, { id: number; code: string; title: string }>();
  const organisations = new Map<number, { id: number; abbreviation: string; name: string }>();
  for (const entry of entries) {
    if (!lines.has(entry.lineId)) lines.set(entry.lineId, { id: entry.lineId, code: entry.line.code, title: entry.line.title });
    for (const { organisationId, organisation } of entry.action.responsibilities) {
      organisations.set(organisationId, { id: organisationId, abbreviation: organisation.abbreviation, name: organisation.name });
    }
  }
  return {
    lines: [...lines.values()],
    organisations: [...organisations.values()].sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, 'nl')),
  };
}

/** Neither status nor texts differ from the previous round (a new action is not unchanged). */
export function isUnchanged(changes: EntryChanges): boolean {
  return !changes.isNew && !changes.status && !changes.result && !changes.planning;
}

function changesOf(row: EditorEntry): EntryChanges {
  const before = row.previous;
  if (!before) return { status: false, result: null, planning: null, isNew: true };
  const diffIfChanged = (a: string, b: string) => (a.trim() === b.trim() ? null : wordDiff(a, b));
  return {
    status: before.status !== row.current.status,
    result: diffIfChanged(before.result, row.current.result),
    planning: diffIfChanged(before.planning, row.current.planning),
    isNew: false,
  };
}

export type RoundReview = NonNullable<Awaited<ReturnType<typeof findRoundReview>>>;
export type ReviewEntry = RoundReview['entries'][number];
