import type { ActionStatus } from '@/lib/actions/status';
import { wordDiff, type TextPart } from '@/lib/plans/compare-rows';

type ComparedVersion = { version: number; status: ActionStatus; result: string; planning: string };

export type VersionComparison = {
  from: number;
  to: number;
  /** Null when both versions have the same status. */
  status: { from: ActionStatus; to: ActionStatus } | null;
  result: TextPart[];
  planning: TextPart[];
  /** A problem with the versions asked for, in Dutch; the default pair is compared instead. */
  notice: string | null;
};

/**
 * Which two versions the entry page compares: those asked for (`?van=2&naar=5`) when both exist,
 * else the one before the current version against the current one. Null with a single version.
 */
export function compareVersions(
  versions: ComparedVersion[],
  asked: { from?: number; to?: number; invalid?: boolean },
): VersionComparison | null {
  if (versions.length < 2) return null;
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  const newest = Math.max(...versions.map((v) => v.version));
  const to = asked.to ?? newest;
  const from = asked.from ?? (to === newest ? newest - 1 : newest);
  const missing = [from, to].find((n) => !byNumber.has(n));
  let notice: string | null = null;
  if (asked.invalid) notice = 'Kies de versies uit de lijst; nu worden de laatste twee vergeleken.';
  else if (missing !== undefined) notice = `Versie ${missing} bestaat niet; nu worden de laatste twee vergeleken.`;
  else if (from === to) notice = 'Kies twee verschillende versies; nu worden de laatste twee vergeleken.';
  return diffOf(byNumber.get(notice ? newest - 1 : from)!, byNumber.get(notice ? newest : to)!, notice);
}

function diffOf(from: ComparedVersion, to: ComparedVersion, notice: string | null): VersionComparison {
  return {
    from: from.version,
    to: to.version,
    status: from.status === to.status ? null : { from: from.status, to: to.status },
    result: wordDiff(from.result, to.result),
    planning: wordDiff(from.planning, to.planning),
    notice,
  };
}
