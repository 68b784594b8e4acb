import type { Tx } from '@/lib/audit/record-audit';

type OrderedLine = { id: number; parentId: number | null };

/**
 * Numbers a plan's lines in reading order: each top-level line followed by its sub-lines. `order`
 * may reorder siblings first (it receives the lines in their current order and returns them in the
 * wanted one). Only positions that change are written.
 */
export async function renumberLines(
  tx: Tx,
  planId: number,
  order: (lines: OrderedLine[]) => OrderedLine[] = (lines) => lines,
): Promise<void> {
  const current = await tx.actionLine.findMany({
    where: { planId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, parentId: true, position: true },
  });
  const ordered = order(current);
  const childrenOf = (parentId: number | null) => ordered.filter((line) => line.parentId === parentId);
  const reading = childrenOf(null).flatMap((root) => [root, ...childrenOf(root.id)]);
  for (const [position, line] of reading.entries()) {
    if (current.find((c) => c.id === line.id)!.position !== position) {
      await tx.actionLine.update({ where: { id: line.id }, data: { position } });
    }
  }
}

/** Swaps a line with its previous or next sibling. */
export function swapWithSibling(lineId: number, direction: 'up' | 'down') {
  return (lines: OrderedLine[]): OrderedLine[] => {
    const line = lines.find((l) => l.id === lineId)!;
    const siblings = lines.filter((l) => l.parentId === line.parentId);
    const index = siblings.indexOf(line);
    const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
    if (!neighbour) return lines;
    return lines.map((l) => (l === line ? neighbour : l === neighbour ? line : l));
  };
}
