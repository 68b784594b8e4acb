/**
 * Which headings open a line, and which code they give it. The bijlagen write them as
 * "Actielijn 1: Continuïteit …" (or without the colon), "Deel A: …" and "A: Voortgang aanpak
 * pleegzorg" for parts, "1: Meer pleegouders (…)" or "Doel 2: …" for goals numbered within
 * their part, and the app's own export writes "A1: …" for a sub-line.
 */

export type HeadingKind =
  /** "Actielijn 2: …": a numbered line at the top. */
  | 'line'
  /** "Deel A: …", "A: …": a part, whose goals follow. */
  | 'part'
  /** "1: …", "Doel 1: …": a goal, numbered within the part above it (or a top line without one). */
  | 'goal'
  /** "A1: …", "1a: …", "1.2: …": a sub-line with its full code. */
  | 'sub';

export type HeadingMatch = { kind: HeadingKind; code: string; title: string };

// After a word ("Actielijn 2", "Deel A", "Doel 1"): a colon, full stop or dash, or just a space.
const AFTER_WORD = String.raw`(?:\s*[:.\-–—]\s*|\s+)`;
const LINE = new RegExp(String.raw`^actielijn\s+(\d{1,3})(?:${AFTER_WORD}|$)(.*)$`, 'i');
const PART_WORD = new RegExp(String.raw`^deel\s+([A-Z])${AFTER_WORD}(\S.*)$`, 'i');
const GOAL_WORD = new RegExp(String.raw`^doel\s+(\d{1,2})${AFTER_WORD}(\S.*)$`, 'i');
// A bare code only before a colon: "A: …", "1: …", "A1: …" ("1. Inleiding" is a chapter, not a goal).
const SUB = /^([A-Z]\d{1,2}|\d{1,2}[a-z]|\d{1,2}\.\d{1,2})\s*:\s*(\S.*)$/;
const PART_LETTER = /^([A-Z])\s*:\s*(\S.*)$/;
const GOAL = /^(\d{1,2})\s*:\s*(\S.*)$/;

/** Longer than this, a plain (not bold, not heading) paragraph is text, whatever it starts with. */
const PLAIN_HEADING_LENGTH = 160;

/**
 * The line heading `text` is, or null. `emphasised`: a Word heading, a bold-only paragraph or a
 * merged table row, where the short forms ("A: …", "1: …") count; a plain paragraph counts only
 * as "Actielijn 1: …" or "Deel A: …" and only when short and not ending like a sentence.
 */
export function matchLineHeading(text: string, emphasised: boolean): HeadingMatch | null {
  // A sentence ("Actielijn 2 richt zich op …") ends in a full stop; a heading does not.
  const headingLike = emphasised || (text.length <= PLAIN_HEADING_LENGTH && !/[.;]$/.test(text));
  const line = LINE.exec(text);
  if (line && headingLike) return { kind: 'line', code: line[1]!, title: line[2]!.trim() };
  const part = PART_WORD.exec(text);
  if (part && headingLike) return { kind: 'part', code: part[1]!.toUpperCase(), title: part[2]!.trim() };
  if (!emphasised) return null;
  const sub = SUB.exec(text);
  if (sub) return { kind: 'sub', code: sub[1]!, title: sub[2]!.trim() };
  const letter = PART_LETTER.exec(text);
  if (letter) return { kind: 'part', code: letter[1]!, title: letter[2]!.trim() };
  const goal = GOAL_WORD.exec(text) ?? GOAL.exec(text);
  if (goal) return { kind: 'goal', code: String(Number(goal[1])), title: goal[2]!.trim() };
  return null;
}

/** The code of the line a sub-line sits under: "A" for "A1", "1" for "1a" and "1.2". */
export function parentCode(code: string): string {
  return /^[A-Z]/.test(code) ? code[0]! : code.replace(/(\.\d+|[a-z])$/, '');
}
