import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import { groupBy } from '@/lib/group-by';
import type { OpenItem } from '@/lib/rounds/completeness';
import { loadRoundCompleteness, type CompletenessEntry } from '@/lib/rounds/load-round-completeness';

/** The group of actions no partner organisation is responsible for: the ministry's own. */
export const MINISTRY_OWN: GroupOrganisation = { abbreviation: null, name: 'Eigen acties van het ministerie (geen partnerorganisatie)' };

type GroupOrganisation = { abbreviation: string | null; name: string };

/**
 * The ministry's completeness dashboard of a round: the counts per category, and per organisation
 * ("JN: 7 van 9 acties bijgewerkt") and per actielijn the entries with open items, each with its
 * items. An action counts for every organisation responsible for it, as in that partner's workspace.
 * Null for an unknown round.
 */
export async function findRoundCompleteness(options: { user: Actor; roundId: number }) {
  const { user } = options;
  assertCan(user, 'review.view', null);
  const round = await prisma.reportingRound.findUnique({
    where: { id: options.roundId },
    select: { id: true, planId: true, title: true, date: true, state: true, plan: { select: { id: true, title: true } } },
  });
  if (!round) return null;
  const { entries, counts } = await loadRoundCompleteness(prisma, round);
  const reported = entries.filter((entry) => !entry.discontinued);
  const withOrganisation = reported.flatMap<{ organisation: GroupOrganisation; entry: CompletenessEntry }>((entry) =>
    entry.responsible.length === 0 ? [{ organisation: MINISTRY_OWN, entry }] : entry.responsible.map((organisation) => ({ organisation, entry })),
  );
  const organisations = [...groupBy(withOrganisation, (row) => row.organisation.abbreviation).values()]
    .map((rows) => ({ ...rows[0]!.organisation, ...summaryOf(rows.map((row) => row.entry)) }))
    .sort((a, b) => (a.abbreviation === null ? 1 : b.abbreviation === null ? -1 : a.abbreviation.localeCompare(b.abbreviation, 'nl')));
  const lines = [...groupBy(reported, (entry) => entry.line.code).values()]
    .map((lineEntries) => ({ code: lineEntries[0]!.line.code, title: lineEntries[0]!.line.title, ...summaryOf(lineEntries) }))
    .sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true }));
  return {
    round: { id: round.id, title: round.title, state: round.state, date: dateToIsoDate(round.date), plan: round.plan },
    counts,
    total: reported.length,
    discontinued: entries.length - reported.length,
    organisations,
    lines,
    /** Whether the ministry can fix a text on the entry's edit page now (open or closed round). */
    canEditTexts: reported.some((entry) => can(user, 'update.save', entry.resource)),
  };
}

/**
 * Progress of a group of entries, and those of them with open items (as plain objects). Updated:
 * saved since the round opened, by the partner (review state) or by the ministry (a new version).
 */
function summaryOf(entries: CompletenessEntry[]) {
  return {
    total: entries.length,
    updated: entries.filter((e) => e.reviewState !== 'NOT_STARTED' || e.current.version > 1).length,
    ready: entries.filter((e) => e.reviewState === 'READY_FOR_REVIEW').length,
    approved: entries.filter((e) => e.reviewState === 'APPROVED').length,
    open: entries.filter((e) => e.openItems.length > 0).map(toOpenEntry),
  };
}

function toOpenEntry(entry: CompletenessEntry): { id: number; title: string; lineCode: string; responsible: string[]; reviewState: CompletenessEntry['reviewState']; items: OpenItem[] } {
  return {
    id: entry.id,
    title: entry.title,
    lineCode: entry.line.code,
    responsible: entry.responsible.map((org) => org.abbreviation),
    reviewState: entry.reviewState,
    items: entry.openItems,
  };
}

export type RoundCompleteness = NonNullable<Awaited<ReturnType<typeof findRoundCompleteness>>>;
export type CompletenessGroup = ReturnType<typeof summaryOf>;
export type OpenEntry = CompletenessGroup['open'][number];
