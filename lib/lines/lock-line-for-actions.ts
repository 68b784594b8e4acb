import 'server-only';
import type { Tx } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';

export const ARCHIVED_LINE = 'Deze actielijn is gearchiveerd; zet haar eerst terug.';

/**
 * The line of `planId` that an action is added to or moved into (or a sub-line is added under),
 * locked for share so that it cannot be archived before this transaction commits; null when the
 * plan has no such line. An archived line is refused with `field` marked.
 */
export async function lockLineForActions(tx: Tx, options: { lineId: number; planId: number; field: string }) {
  const [line] = await tx.$queryRaw<{ id: number; parentId: number | null; archived: boolean }[]>`
    SELECT id, parent_id AS "parentId", archived_at IS NOT NULL AS archived
    FROM action_lines WHERE id = ${options.lineId} AND plan_id = ${options.planId} FOR SHARE`;
  if (line?.archived) throw new ValidationError(ARCHIVED_LINE, { [options.field]: [ARCHIVED_LINE] });
  return line ?? null;
}
