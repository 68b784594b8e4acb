/**
 * A table that shows each row as a card on a phone (below Tailwind's md breakpoint, 48rem): the same
 * <table>, <tr>, <th> and <td> elements, laid out as blocks and grids instead of a grid of columns,
 * with each cell's column name (its `data-label`, as CSS generated content) written above or beside
 * its value. Nothing is rendered twice, and the page's text is the same as on a desktop.
 *
 * Browsers keep a table's semantics when only its CSS display changes (the phone E2E test reads
 * Chromium's own accessibility tree), so a screen reader still meets one table with rows, row
 * headers and cells: the column headers stay in the tree (only visually hidden) and the visible
 * labels are hidden from it, so nothing is read twice. ARIA roles on the rows and cells would be
 * redundant, and the HTML standard forbids them inside a table. Every class here is `max-md:`,
 * so from md up the table renders exactly as it did before.
 */
const LABEL = "max-md:before:text-sm max-md:before:font-semibold max-md:before:text-muted max-md:before:content-[attr(data-label)_/_'']";

export const stacked = {
  table: 'max-md:block',
  /** A caption that is shown (an sr-only caption needs nothing). */
  caption: 'max-md:block',
  /** The column headers: visually hidden, still naming the cells for a screen reader. */
  head: 'max-md:sr-only',
  /** A tbody: the cards, one under the other. */
  body: 'max-md:grid max-md:gap-3',
  /** A tfoot, under the tbody's cards. */
  foot: 'max-md:mt-3 max-md:grid max-md:gap-3',
  /** A row as a card whose cells fill a two-column grid; `wide` cells take both columns. */
  card: 'max-md:grid max-md:grid-cols-2 max-md:gap-x-4 max-md:gap-y-3 max-md:rounded max-md:border max-md:border-slate-300 max-md:p-3',
  /** A card of counts: each cell a line with its label at the left and its number at the right. */
  countCard: 'max-md:grid max-md:grid-cols-2 max-md:gap-x-4 max-md:gap-y-1 max-md:rounded max-md:border max-md:border-slate-300 max-md:p-3',
  /** A card of labelled values with long labels: one line each. */
  listCard: 'max-md:grid max-md:gap-y-1 max-md:rounded max-md:border max-md:border-slate-300 max-md:p-3',
  cell: 'max-md:p-0',
  wide: 'max-md:col-span-2',
  /** A count cell in a countCard. */
  count: 'max-md:flex max-md:justify-between max-md:gap-2 max-md:p-0',
  /** The cell's `data-label`, shown above its value on a phone and hidden from screen readers (`/ ''`). */
  label: `${LABEL} max-md:before:mb-1 max-md:before:block`,
  /** The same, beside the value (in a count cell). */
  inlineLabel: LABEL,
} as const;
