import { distance } from 'fastest-levenshtein';

/**
 * Which of the plan's lines and actions each heading and row of a bijlage reports on. Pure: the
 * use cases bring the plan's lines and actions.
 *
 * Headings → lines: by code (case-insensitive), else by normalised title, else none (a new line).
 *
 * Rows → actions: titles are compared after `normaliseTitle` (case, diacritics, quotes, dashes,
 * punctuation and whitespace folded). The same normalised title under the row's own line scores 1
 * (exact). Otherwise the similarity is the larger of
 *   - characters: 1 − levenshtein(a, b) / max(|a|, |b|), and
 *   - words: the Dice coefficient of the two sets of words, 2·|A ∩ B| / (|A| + |B|),
 * so both a typing change and a reordered sentence score high (below 1 unless the normalised titles
 * are the same). Only the SEARCH_WIDTH actions sharing most words with the row are compared (a word
 * index finds them), so a title that shares no word with any action is *nieuw*. An action under another line scores
 * that similarity × 0.9 (`OTHER_LINE_FACTOR`): a title moved to another line is still found, but
 * the action of the row's own line wins a tie. A row whose best candidate scores at least
 * `FUZZY_THRESHOLD` (0.75) is proposed as a fuzzy match, else *nieuw*.
 *
 * Each action is proposed for one row at most: the pairs are taken best score first (then document
 * order), so a row that loses its best action gets its next candidate above the threshold, or *nieuw*.
 * Discontinued actions are candidates, but proposed only on an exact match (the document reports
 * that very action); a look-alike of an action that is no longer reported is not guessed.
 */
export const FUZZY_THRESHOLD = 0.75;
export const OTHER_LINE_FACTOR = 0.9;
export const CANDIDATE_COUNT = 5;
/** How many of the plan's actions, those sharing most words with a row, are compared character by character. */
export const SEARCH_WIDTH = 30;

export type MatchLine = { id: number; code: string; title: string };
export type MatchAction = { id: number; lineId: number; title: string; discontinued: boolean };
export type MatchHeading = { code: string | null; title: string };
export type MatchRow = { headingIndex: number | null; title: string };

export type RowCandidate = { actionId: number; score: number };
export type RowMatch = {
  proposed: { kind: 'exact' | 'fuzzy'; actionId: number; score: number } | { kind: 'new' };
  /** The best candidates, most similar first (at most CANDIDATE_COUNT, the proposed one included). */
  candidates: RowCandidate[];
};

/** A title folded for comparison: "Het ‘Thuis’-programma – fase 2." → "het thuis programma fase 2". */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 1 for the same normalised title, towards 0 the less alike: see the module comment. */
export function titleSimilarity(a: string, b: string): number {
  const x = prepare(normaliseTitle(a));
  const y = prepare(normaliseTitle(b));
  return similarityOf(x, y, sharedWords(x, y));
}

/** A normalised title and its words, counted (a word twice is two words). */
type Prepared = { text: string; words: Map<string, number>; wordCount: number };

function prepare(text: string): Prepared {
  const words = new Map<string, number>();
  const list = text.split(' ').filter(Boolean);
  for (const word of list) words.set(word, (words.get(word) ?? 0) + 1);
  return { text, words, wordCount: list.length };
}

function sharedWords(a: Prepared, b: Prepared): number {
  let shared = 0;
  for (const [word, count] of a.words) shared += Math.min(count, b.words.get(word) ?? 0);
  return shared;
}

function diceOf(a: Prepared, b: Prepared, shared: number): number {
  return a.wordCount + b.wordCount === 0 ? 0 : (2 * shared) / (a.wordCount + b.wordCount);
}

/** Below 1 unless the normalised titles are the same. */
function similarityOf(a: Prepared, b: Prepared, shared: number): number {
  if (a.text === b.text) return 1;
  const longest = Math.max(a.text.length, b.text.length);
  const dice = diceOf(a, b, shared);
  const characters = 1 - distance(a.text, b.text) / longest;
  return Math.min(Math.max(characters, dice), 0.999);
}

/** The plan's line for each heading: by code, then by normalised title; null for none. */
export function matchHeadings(headings: readonly MatchHeading[], lines: readonly MatchLine[]): (MatchLine | null)[] {
  const byCode = new Map(lines.map((line) => [line.code.trim().toLowerCase(), line]));
  const byTitle = new Map(lines.map((line) => [normaliseTitle(line.title), line]));
  return headings.map(
    (heading) => (heading.code !== null ? byCode.get(heading.code.trim().toLowerCase()) : undefined) ?? byTitle.get(normaliseTitle(heading.title)) ?? null,
  );
}

/**
 * The proposed match and the candidates of every row. `lineIds[headingIndex]` is the plan's line of
 * the row's heading (matchHeadings), null for a heading without one.
 */
export function matchBijlageRows(
  rows: readonly MatchRow[],
  lineIds: readonly (number | null)[],
  actions: readonly MatchAction[],
): RowMatch[] {
  const prepared = actions.map((action) => ({ action, title: prepare(normaliseTitle(action.title)) }));
  const byLineAndTitle = new Map(prepared.map((p) => [`${p.action.lineId} ${p.title.text}`, p]));
  const index = wordIndex(prepared);

  const scored = rows.map((row) => {
    const title = prepare(normaliseTitle(row.title));
    const lineId = row.headingIndex === null ? null : (lineIds[row.headingIndex] ?? null);
    const exact = lineId === null ? undefined : byLineAndTitle.get(`${lineId} ${title.text}`);
    const similar = mostSharedWords(title, index, prepared);
    const pool = exact ? [exact, ...similar.filter((p) => p !== exact)] : similar;
    const scores = pool
      .map((p) => {
        const similarity = similarityOf(title, p.title, sharedWords(title, p.title));
        const score = round(p.action.lineId === lineId || lineId === null ? similarity : similarity * OTHER_LINE_FACTOR);
        return { actionId: p.action.id, score, proposable: score === 1 || (score >= FUZZY_THRESHOLD && !p.action.discontinued) };
      })
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score || a.actionId - b.actionId);
    return { exactId: exact?.action.id ?? null, scores };
  });

  const pairs = scored.flatMap((row, rowIndex) =>
    row.scores.filter((candidate) => candidate.proposable).map((candidate) => ({ rowIndex, ...candidate })),
  );
  pairs.sort((a, b) => b.score - a.score || a.rowIndex - b.rowIndex);
  const proposedOf = new Map<number, { actionId: number; score: number }>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (proposedOf.has(pair.rowIndex) || taken.has(pair.actionId)) continue;
    proposedOf.set(pair.rowIndex, pair);
    taken.add(pair.actionId);
  }

  return scored.map((row, rowIndex): RowMatch => {
    const proposal = proposedOf.get(rowIndex);
    const candidates = row.scores.slice(0, CANDIDATE_COUNT).map(({ actionId, score }) => ({ actionId, score }));
    if (proposal && !candidates.some((c) => c.actionId === proposal.actionId)) candidates.splice(CANDIDATE_COUNT - 1, 1, proposal);
    if (!proposal) return { proposed: { kind: 'new' }, candidates };
    const kind = proposal.actionId === row.exactId || proposal.score === 1 ? 'exact' : 'fuzzy';
    return { proposed: { kind, actionId: proposal.actionId, score: proposal.score }, candidates };
  });
}

type PreparedAction = { action: MatchAction; title: Prepared };

/** For each word, the positions in `prepared` of the actions whose title has it. */
function wordIndex(prepared: readonly PreparedAction[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  prepared.forEach((p, position) => {
    for (const word of p.title.words.keys()) {
      const list = index.get(word);
      if (list) list.push(position);
      else index.set(word, [position]);
    }
  });
  return index;
}

/**
 * The actions worth a Levenshtein comparison: the SEARCH_WIDTH sharing most (rare) words with the title
 * (counted through the word index, so a 2,000-row document against a 2,000-action plan stays fast).
 */
function mostSharedWords(title: Prepared, index: Map<string, number[]>, prepared: readonly PreparedAction[]): PreparedAction[] {
  const shared = new Int32Array(prepared.length);
  const touched: number[] = [];
  const count = (words: string[]) => {
    for (const word of words) {
      for (const position of index.get(word) ?? []) {
        if (shared[position] === 0) touched.push(position);
        shared[position]!++;
      }
    }
  };
  // Words in a quarter of the plan's titles ("van", "de", "pleegouders") tell little apart: the
  // rarer words choose the actions, the common ones only when too few are found.
  const common = Math.max(50, prepared.length / 4);
  const words = [...title.words.keys()];
  count(words.filter((word) => (index.get(word)?.length ?? 0) <= common));
  if (touched.length < SEARCH_WIDTH) count(words.filter((word) => (index.get(word)?.length ?? 0) > common));
  // By the number of shared words, most first (a bucket per count: no sort of the whole plan).
  const buckets: number[][] = Array.from({ length: title.words.size + 1 }, () => []);
  for (const position of touched) buckets[shared[position]!]!.push(position);
  const chosen: PreparedAction[] = [];
  for (let count = title.words.size; count > 0 && chosen.length < SEARCH_WIDTH; count--) {
    const bucket = buckets[count]!.map((position) => prepared[position]!);
    if (chosen.length + bucket.length > SEARCH_WIDTH) {
      // Within a count, all words decide.
      const dice = new Map(bucket.map((p) => [p, diceOf(title, p.title, sharedWords(title, p.title))]));
      bucket.sort((a, b) => dice.get(b)! - dice.get(a)!);
    }
    chosen.push(...bucket.slice(0, SEARCH_WIDTH - chosen.length));
  }
  return chosen;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
