import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from '@/lib/actions/status';

/**
 * The marks a bijlage uses for *afgerond*: ✓ and its look-alikes, the glyphs mammoth makes of
 * Word's Wingdings check marks (✓ U+2713, 🗹 U+1F5F9, and 🗸 ☑ from Wingdings 2), those glyphs typed
 * as private-use characters without their font (U+F0FC, U+F0FE), and U+FFFD, which a symbol glyph
 * becomes when a document was converted without its font (the seed extractions show it).
 * A Wingdings "ü" typed as a letter cannot be told from an ü and is not a check mark here.
 */
const CHECK_MARKS = ['✓', '✔', '☑', '✅', '√', '🗸', '🗹', '\uF0FC', '\uF0FE', '\uFFFD'];
/** An empty box (Wingdings U+F0A8, 🞎, ☐): a form's "not yet"; dropped from the planning, no status. */
const EMPTY_BOXES = ['\uF0A8', '🞎', '☐'];

export type WanneerCell = { completed: boolean; planning: string };

/**
 * The Wanneer cell's check mark and the planning after it: the exact inverse of the app's own
 * `wanneerText` ("✓ " + planning, or "✓" alone), which writes one mark and one space. Only the
 * first mark is taken, so a planning that itself starts with ✓ survives the round trip.
 */
export function readWanneerCell(text: string): WanneerCell {
  const mark = [...CHECK_MARKS, ...EMPTY_BOXES].find((candidate) => text.startsWith(candidate));
  if (!mark) return { completed: false, planning: text };
  const rest = text.slice(mark.length);
  return { completed: CHECK_MARKS.includes(mark), planning: rest.replace(/^[ \t\u00A0]+/, '') };
}

/** A separate ✓ column: a check mark, or a word meaning done ("x", "ja", "gereed", "afgerond"). */
export function isCheckCell(text: string): boolean {
  const value = text.trim().toLowerCase();
  return CHECK_MARKS.some((mark) => value.startsWith(mark)) || ['x', 'ja', 'gereed', 'afgerond'].includes(value);
}

/** A header cell of a ✓ column: empty, a check mark, or "Gereed" / "Afgerond". */
export function isCheckHeader(normalized: string): boolean {
  return normalized === '' || CHECK_MARKS.includes(normalized) || ['gereed', 'afgerond', 'klaar'].includes(normalized);
}

const BY_LABEL = new Map<string, ActionStatus>([
  ...ACTION_STATUSES.map((status) => [STATUS_LABELS[status], status] as const),
  ...ACTION_STATUSES.map((status) => [status.toLowerCase(), status] as const),
  ['niet gestart', 'NOT_STARTED'],
  ['lopend', 'IN_PROGRESS'],
  ['in uitvoering', 'IN_PROGRESS'],
  ['gereed', 'COMPLETED'],
  ['gestopt', 'STOPPED'],
]);

/** A Status cell's label (as the app writes it, any case) as its code; null when empty, undefined when unknown. */
export function readStatusCell(text: string): ActionStatus | null | undefined {
  const value = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (value === '') return null;
  return BY_LABEL.get(value) ?? BY_LABEL.get(value.replace(/[.!]$/, ''));
}

/** The labels a Status cell may hold, for the message naming an unknown one. */
export const STATUS_CHOICES = ACTION_STATUSES.map((status) => STATUS_LABELS[status]).join(', ');
