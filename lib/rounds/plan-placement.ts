import type { Tx } from '@/lib/audit/record-audit';
import { lockUnpublishedRounds } from '@/lib/rounds/lock-unpublished-rounds';

export type Placement = { actionId: number; lineId: number; position: number };

/**
 * Where each reported action of a plan stands now: in line order, then the action's order within
 * its line, numbered through the whole plan as the documents do. Discontinued actions are left out.
 */
export async function currentPlacement(tx: Tx, planId: number): Promise<Placement[]> {
  // One after the other: a transaction has one connection.
  const lines = await tx.actionLine.findMany({ where: { planId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true } });
  const actions = await tx.action.findMany({
    where: { planId, discontinuedAt: null },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, lineId: true },
  });
  const lineOrder = new Map(lines.map((line, index) => [line.id, index]));
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => lineOrder.get(a.action.lineId)! - lineOrder.get(b.action.lineId)! || a.index - b.index)
    .map(({ action }, position) => ({ actionId: action.id, lineId: action.lineId, position }));
}

/**
 * After actions or lines moved, places the entries of the plan's rounds that are not published yet
 * as the plan now stands. Published rounds keep where they reported each action: that is history.
 */
export async function syncUnpublishedPlacements(tx: Tx, planId: number): Promise<void> {
  const roundIds = await lockUnpublishedRounds(tx, planId);
  // No round under way (a plan with only a concept, as a bijlage import has): nothing to place.
  if (roundIds.length === 0) return;
  const placement = new Map((await currentPlacement(tx, planId)).map((p) => [p.actionId, p]));
  const entries = await tx.actionEntry.findMany({
    where: { roundId: { in: roundIds } },
    select: { id: true, actionId: true, lineId: true, position: true },
  });
  const moved = entries.flatMap((entry) => {
    const target = placement.get(entry.actionId);
    if (!target || (target.lineId === entry.lineId && target.position === entry.position)) return [];
    return [{ id: entry.id, lineId: target.lineId, position: target.position }];
  });
  // One statement, however many entries moved (a bijlage import adds thousands of actions at once).
  if (moved.length === 0) return;
  await tx.$executeRaw`
    UPDATE action_entries e SET line_id = m.line_id, position = m.position
    FROM unnest(${moved.map((m) => m.id)}::int[], ${moved.map((m) => m.lineId)}::int[], ${moved.map((m) => m.position)}::int[]) AS m(id, line_id, position)
    WHERE e.id = m.id`;
}
