import { diffArrays } from 'diff';

/**
 * Combining two editors' texts of one field after a save conflict, so that neither is lost. Pure:
 * the conflict view in the browser uses it, and the unit tests pin it down.
 *
 * `mergeTexts` is a three-way merge word by word: both started from the same version (`base`), so
 * what each changed in different places is simply taken over; where both changed the same words,
 * both wordings are kept, one's own first (`combineTexts`), for the editor to settle.
 */

/** Where the form's text stands against the two texts of the conflict. */
export type FieldChoice = 'same' | 'mine' | 'theirs' | 'combined';

/** What the form holds now, measured against one's own text and the other's. */
export function fieldChoice(current: string, mine: string, theirs: string): FieldChoice {
  if (mine === theirs) return 'same';
  if (current === theirs) return 'theirs';
  if (current === mine) return 'mine';
  return 'combined';
}

/** Both texts in one, without a common starting point (trimmed; see `combineParts`). */
export function combineTexts(mine: string, theirs: string): string {
  return combineParts(mine.trim(), theirs.trim());
}

/** Own and other changes to `base` together: each side's changes kept, clashing ones both. */
export function mergeTexts(base: string, mine: string, theirs: string): string {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  const original = tokens(base);
  const changes = [...hunks(original, tokens(mine), 'mine'), ...hunks(original, tokens(theirs), 'theirs')].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  let merged = '';
  let at = 0;
  for (let index = 0; index < changes.length; ) {
    // A group: changes that overlap or touch, from either side.
    const group = [changes[index]!];
    let end = group[0]!.end;
    for (index++; index < changes.length && changes[index]!.start <= end; index++) {
      group.push(changes[index]!);
      end = Math.max(end, changes[index]!.end);
    }
    const start = group[0]!.start;
    merged += original.slice(at, start).join('');
    const own = apply(original, start, end, group.filter((h) => h.side === 'mine'));
    const other = apply(original, start, end, group.filter((h) => h.side === 'theirs'));
    const onlyOneSide = group.every((h) => h.side === group[0]!.side);
    merged += onlyOneSide ? (group[0]!.side === 'mine' ? own : other) : own === other ? own : combineParts(own, other);
    at = end;
  }
  return merged + original.slice(at).join('');
}

type Hunk = { side: 'mine' | 'theirs'; start: number; end: number; tokens: string[] };

/** Words, runs of white space and single punctuation marks: what the merge compares. */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** The stretches of `base` (start..end) that `other` replaces, and by what. */
function hunks(base: string[], other: string[], side: Hunk['side']): Hunk[] {
  const found: Hunk[] = [];
  let position = 0;
  let current: Hunk | null = null;
  for (const part of diffArrays(base, other)) {
    if (!part.added && !part.removed) {
      if (current) found.push(current);
      current = null;
      position += part.value.length;
      continue;
    }
    current ??= { side, start: position, end: position, tokens: [] };
    if (part.removed) {
      position += part.value.length;
      current.end = position;
    } else {
      current.tokens.push(...part.value);
    }
  }
  if (current) found.push(current);
  return found;
}

/** `base` from start to end with one side's changes in it. */
function apply(base: string[], start: number, end: number, changes: Hunk[]): string {
  let text = '';
  let at = start;
  for (const change of changes) {
    text += base.slice(at, change.start).join('') + change.tokens.join('');
    at = change.end;
  }
  return text + base.slice(at, end).join('');
}

/**
 * Two wordings in one: one that contains the other whole wins; otherwise the shared start and end
 * (at word boundaries) once, with both middles in between, one's own first. Middles over several
 * lines are joined by a blank line, an own middle that ends a sentence by a space, others by " / "
 * so the reader sees two alternatives to settle.
 */
function combineParts(own: string, other: string): string {
  if (other.trim() === '' || containsWords(own, other)) return own;
  if (own.trim() === '' || containsWords(other, own)) return other;
  const prefix = commonPrefix(own, other);
  const suffix = commonSuffix(own.slice(prefix.length), other.slice(prefix.length));
  const ownPart = own.slice(prefix.length, own.length - suffix.length);
  const otherPart = other.slice(prefix.length, other.length - suffix.length);
  const joiner = /\n/.test(ownPart + otherPart) ? '\n\n' : /[.!?:;]\s*$/.test(ownPart) ? ' ' : ' / ';
  return `${prefix}${ownPart.trimEnd()}${joiner}${otherPart.trimStart()}${suffix}`;
}

/** The longest shared start that ends at a word boundary (after white space). */
/** Whether `part`'s words stand in `whole` one after the other: "vak" is not in "vakantie". */
function containsWords(whole: string, part: string): boolean {
  const words = tokens(whole);
  const wanted = tokens(part.trim());
  if (wanted.length === 0) return true;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((word, index) => words[start + index] === word)) return true;
  }
  return false;
}

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
