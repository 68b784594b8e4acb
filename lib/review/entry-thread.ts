import type { EntryCommentKind, Prisma, Role } from '@/lib/generated/prisma/client';

/**
 * The conversation about an entry (entry_comments, oldest first) and the ministry's own edits of
 * it, as the editors' views read them: the workspace, the review and the entry's page.
 */

export const entryThreadSelect = {
  orderBy: { id: 'asc' },
  select: {
    id: true,
    kind: true,
    body: true,
    version: true,
    createdAt: true,
    author: { select: { name: true, role: true, organisation: { select: { abbreviation: true } } } },
  },
} satisfies Prisma.ActionEntry$commentsArgs;

/**
 * The versions of this round the ministry saved itself, newest first. Version 1 is the copy made
 * when the round opened, never an edit.
 */
export const ministryEditsSelect = {
  where: { version: { gt: 1 }, createdBy: { role: 'MINISTRY_EDITOR' } },
  orderBy: { version: 'desc' },
  take: 1,
  select: { version: true, createdBy: { select: { name: true, role: true } } },
} satisfies Prisma.ActionEntry$updatesArgs;

type CommentRow = Prisma.EntryCommentGetPayload<typeof entryThreadSelect>;
type VersionBy = { version: number; createdBy: { name: string; role: Role } | null };

export type EntryComment = {
  id: number;
  kind: EntryCommentKind;
  body: string;
  version: number;
  authorName: string;
  /** "het ministerie" or the partner's organisation. */
  authorSide: string;
  createdAt: string;
};

export const COMMENT_KIND_LABELS: Record<EntryCommentKind, string> = {
  RETURN: 'Teruggestuurd',
  ANSWER: 'Antwoord van de partner',
  NOTE: 'Notitie',
};

export function toThread(rows: CommentRow[]): EntryComment[] {
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    body: row.body,
    version: row.version,
    authorName: row.author.name,
    authorSide: row.author.role === 'MINISTRY_EDITOR' ? 'ministerie' : (row.author.organisation?.abbreviation ?? 'partner'),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Whether a version was saved by a ministry editor (the copy of version 1 is not an edit). */
export function savedByMinistry(update: VersionBy): boolean {
  return update.version > 1 && update.createdBy?.role === 'MINISTRY_EDITOR';
}

/** The newest version of the round the ministry saved, or null: *bewerkt door het ministerie*. */
export function latestMinistryEdit(updates: VersionBy[]): { version: number; by: string } | null {
  const edit = updates.filter(savedByMinistry).sort((a, b) => b.version - a.version)[0];
  return edit ? { version: edit.version, by: edit.createdBy!.name } : null;
}

/** The partner's latest answer to the latest return, or null. */
export function latestAnswer(thread: EntryComment[]): EntryComment | null {
  const lastReturn = thread.findLastIndex((comment) => comment.kind === 'RETURN');
  return thread.slice(lastReturn + 1).findLast((comment) => comment.kind === 'ANSWER') ?? null;
}
