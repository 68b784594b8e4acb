import { blockText, type BlockText } from '@/lib/import/bijlage/block-text';
import { childrenNamed, spanAttribute, type DomElement } from '@/lib/import/bijlage/dom-nodes';

/** A column position of a row: the cell covering it. */
export type GridCell = {
  content: BlockText;
  /** The cell starts in this column (a cell spanning columns is read in its first only). */
  first: boolean;
  /** The cell belongs to a row above and spans down into this one (Word's vertical merge). */
  carried: boolean;
};

export type GridRow = {
  cells: GridCell[];
  /** The row's own cells, not counting what spans into it from above. */
  ownCells: number;
};

type Pending = { content: BlockText; remaining: number };

/**
 * A table's rows with their cells laid out on the column grid: a cell with `colspan` covers that
 * many positions, a cell with `rowspan` (mammoth's rendering of Word's vertical merge) also covers
 * its column in the rows below, where it counts as `carried`. Only the table's own rows: a table
 * nested in a cell stays in that cell's content.
 */
export function tableGrid(table: DomElement): GridRow[] {
  const pending = new Map<number, Pending>();
  return childrenNamed(table, ['tr'], ['thead', 'tbody', 'tfoot']).map((tr) => {
    const own = childrenNamed(tr, ['td', 'th']);
    const cells: GridCell[] = [];
    const carried = new Set<number>();
    const carry = () => {
      for (let above = pending.get(cells.length); above; above = pending.get(cells.length)) {
        carried.add(cells.length);
        above.remaining -= 1;
        cells.push({ content: above.content, first: true, carried: true });
      }
    };
    const spanning: [number, Pending][] = [];
    for (const element of own) {
      carry();
      const content = blockText(element);
      const column = cells.length;
      const colspan = spanAttribute(element, 'colspan');
      for (let i = 0; i < colspan; i++) cells.push({ content, first: i === 0, carried: false });
      const rowspan = spanAttribute(element, 'rowspan');
      if (rowspan > 1) spanning.push([column, { content, remaining: rowspan - 1 }]);
    }
    carry();
    // A merge ends where it ran out, or where a row did not reach (or overlapped) its column.
    for (const [column, above] of pending) if (above.remaining <= 0 || !carried.has(column)) pending.delete(column);
    for (const [column, span] of spanning) pending.set(column, span);
    return { cells, ownCells: own.length };
  });
}
