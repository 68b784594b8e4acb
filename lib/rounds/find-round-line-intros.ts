import 'server-only';
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { lineIntroVersion } from '@/lib/rounds/line-intro-version';

/**
 * The introductions of a round not yet published, per actielijn, for the ministry to edit: the
 * lines the round reports on (those with its entries and their parents), or, while it has no
 * entries yet, every line of the plan; archived lines only where they already have a text. Each
 * with its current text and that text's version. Null when the user may not edit them (or the
 * round is published, or unknown).
 */
export async function findRoundLineIntros(options: { user: Actor; roundId: number }) {
  const round = await prisma.reportingRound.findUnique({ where: { id: options.roundId }, select: { id: true, planId: true, state: true } });
  if (!round || !can(options.user, 'round.editIntro', round)) return null;
  const [lines, intros, reported] = await Promise.all([
    prisma.actionLine.findMany({
      where: { planId: round.planId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, code: true, title: true, parentId: true, archivedAt: true },
    }),
    prisma.roundLineIntro.findMany({ where: { roundId: round.id }, select: { lineId: true, text: true } }),
    prisma.actionEntry.findMany({ where: { roundId: round.id }, distinct: ['lineId'], select: { lineId: true } }),
  ]);
  const textOf = new Map(intros.map((intro) => [intro.lineId, intro.text]));
  const withEntries = new Set(reported.map((entry) => entry.lineId));
  const shown = (line: (typeof lines)[number]) =>
    textOf.has(line.id) ||
    (line.archivedAt === null &&
      (withEntries.size === 0 || withEntries.has(line.id) || lines.some((l) => l.parentId === line.id && withEntries.has(l.id))));
  return {
    roundId: round.id,
    lines: lines.filter(shown).map(({ archivedAt: _archivedAt, ...line }) => {
      const text = textOf.get(line.id) ?? '';
      return { ...line, text, version: lineIntroVersion(text) };
    }),
  };
}

export type RoundLineIntros = NonNullable<Awaited<ReturnType<typeof findRoundLineIntros>>>;
