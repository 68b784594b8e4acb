/**
 * Combining two editors' texts of one field after a save conflict, so that neither is lost: the
 * words both texts start and end with are kept once, and what each wrote in between is kept in full,
 * one's own first. Pure: the conflict view in the browser uses it, and the unit tests pin it down.
 */

/** Where each editor's text stands against the other's, for the conflict view. */
export type FieldChoice = 'same' | 'mine' | 'theirs' | 'combined';

/**
 * Both texts in one: identical texts once; a text the other contains whole gives way to the longer
 * one; otherwise common start + own part + other part + common end. Parts over several lines are
 * joined by a blank line, an own part that ends a sentence by a space, others by " / " so the reader
 * sees two alternatives to settle.
 */
export function combineTexts(mine: string, theirs: string): string {
  const own = mine.trim();
  const other = theirs.trim();
  if (other === '' || own.includes(other)) return own;
  if (own === '' || other.includes(own)) return other;
  const prefix = commonPrefix(own, other);
  const suffix = commonSuffix(own.slice(prefix.length), other.slice(prefix.length));
  const ownPart = own.slice(prefix.length, own.length - suffix.length).trim();
  const otherPart = other.slice(prefix.length, other.length - suffix.length).trim();
  const joiner = /\n/.test(ownPart + otherPart) ? '\n\n' : /[.!?:;]$/.test(ownPart) ? ' ' : ' / ';
  return `${prefix}${ownPart}${joiner}${otherPart}${suffix}`;
}

/** What the form holds now, measured against the two texts of the conflict. */
export function fieldChoice(current: string, mine: string, theirs: string): FieldChoice {
  if (mine === theirs) return 'same';
  if (current === theirs) return 'theirs';
  if (current === mine) return 'mine';
  return 'combined';
}

/** The longest shared start that ends at a word boundary (after white space). */
function commonPrefix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  while (length > 0 && !/\s/.test(a[length - 1]!)) length--;
  return a.slice(0, length);
}

/** The longest shared end that starts at a word boundary (before white space). */
function commonSuffix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  while (length > 0 && !/\s/.test(a[a.length - length]!)) length--;
  return length === 0 ? '' : a.slice(a.length - length);
}
