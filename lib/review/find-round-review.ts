import 'server-only';
import { prisma } from '@/lib/db';
import type { ReviewState } from '@/lib/generated/prisma/client';
import { assertCan, can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import { wordDiff, type TextPart } from '@/lib/plans/compare-rows';
import { REVIEW_STATES } from '@/lib/review/review-states';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';
import { loadRoundCompleteness } from '@/lib/rounds/load-round-completeness';
import { editorEntrySelect, toEditorEntry, type EditorEntry } from '@/lib/updates/editor-entry';

export type EntryChanges = { status: boolean; result: TextPart[] | null; planning: TextPart[] | null; isNew: boolean };

/**
 * A round as the ministry reviews it: every entry with its review state, the change against the
 * previous published round (word by word) and what the reviewer may do with it. `reviewState`
 * narrows the list; the counts are always of the whole round. A closed round also gets what is still
 * missing per category, for the publish step. Null for an unknown round.
 */
export async function findRoundReview(options: { user: Actor; roundId: number; reviewState?: ReviewState }) {
  const { user } = options;
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
    select: editorEntrySelect,
  });
  const previous = await findPreviousUpdates(prisma, round, entries.map((e) => e.action.id));
  const rows = entries.map((entry) => {
    const row = toEditorEntry(entry, round.state, previous.get(entry.action.id));
    return {
      ...row,
      changes: changesOf(row),
      canApprove: can(user, 'entry.approve', row.resource),
      canReturn: can(user, 'entry.return', row.resource),
      canEdit: can(user, 'update.save', row.resource),
    };
  });
  const completeness = round.state === 'CLOSED' ? (await loadRoundCompleteness(prisma, round)).counts : null;
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
    entries: options.reviewState ? rows.filter((r) => r.reviewState === options.reviewState) : rows,
    total: rows.length,
    counts,
    completeness,
    can: {
      open: can(user, 'round.open', round),
      close: can(user, 'round.close', round),
      publish: can(user, 'round.publish', round),
      edit: can(user, 'round.edit', round),
      delete: can(user, 'round.delete', round),
      reopen: can(user, 'round.reopen', round),
      remind: can(user, 'round.remind', round),
    },
  };
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
