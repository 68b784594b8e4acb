import { z } from '@/lib/validation/dutch-zod';

/**
 * A reference to one of Parliament's documents, stored as its parts and never fetched: the link is
 * built from them. Formats as the official publications site and the Tweede Kamer use them:
 * - kamerstuk / motie: dossier (digits), optional addition ("VII", "XVI", "32"), document number or
 *   letter code within the dossier: `kst-31839-580`, `kst-34000-VII-8`, `kst-21501-32-1740`, `kst-33328-AI`;
 * - toezegging: the Tweede Kamer's number, `TZ202412-116` (no public page of its own);
 * - bijlage: `blg-<number>`; handelingen (answers to written questions): `ah-tk-<session years>-<number>`.
 */
export const REFERENCE_KINDS = ['kamerstuk', 'motie', 'toezegging', 'bijlage', 'handelingen'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export type ParliamentReference =
  | { kind: 'kamerstuk' | 'motie'; dossier: string; addition: string | null; number: string }
  | { kind: 'toezegging'; tzNumber: string }
  | { kind: 'bijlage'; number: string }
  | { kind: 'handelingen'; session: string; number: string };

const TZ_NUMBER = /^TZ\d{6}-\d{1,4}$/;
const SESSION = /^(\d{4})(\d{4})$/;

const KST_IDENTIFIER = /^kst-(\d{4,6})(?:-((?:[IVXLCDM]{1,6}|[A-Z]{1,2}|\d{1,3})))?-(\d{1,5}[A-Za-z]?|[A-Z]{1,3})$/;
const BLG_IDENTIFIER = /^blg-(\d{4,9})$/;
const AH_IDENTIFIER = /^ah-tk-(\d{8})-(\d{1,5})$/;

/** The stable key of a reference: `kst-31839-580`, `TZ202412-116`, `blg-123456`, `ah-tk-20202021-3235`. */
export function referenceIdentifier(reference: ParliamentReference): string {
  switch (reference.kind) {
    case 'kamerstuk':
    case 'motie':
      return ['kst', reference.dossier, ...(reference.addition ? [reference.addition] : []), reference.number].join('-');
    case 'toezegging':
      return reference.tzNumber;
    case 'bijlage':
      return `blg-${reference.number}`;
    case 'handelingen':
      return `ah-tk-${reference.session}-${reference.number}`;
  }
}

/**
 * Reads a stored or typed identifier back into its parts; null when it is not one of the formats.
 * A `kst-` key is a kamerstuk unless `kind` says it is a motie (a motion is a Kamerstuk too).
 */
export function parseReferenceIdentifier(identifier: string, kind?: ReferenceKind): ParliamentReference | null {
  const text = identifier.trim();
  const kst = KST_IDENTIFIER.exec(text);
  if (kst) {
    const [, dossier, addition, number] = kst;
    if (kind && kind !== 'kamerstuk' && kind !== 'motie') return null;
    return { kind: kind ?? 'kamerstuk', dossier: dossier!, addition: addition ?? null, number: number! };
  }
  if (TZ_NUMBER.test(text)) return kind && kind !== 'toezegging' ? null : { kind: 'toezegging', tzNumber: text };
  const blg = BLG_IDENTIFIER.exec(text);
  if (blg) return kind && kind !== 'bijlage' ? null : { kind: 'bijlage', number: blg[1]! };
  const ah = AH_IDENTIFIER.exec(text);
  if (ah && validSession(ah[1]!)) return kind && kind !== 'handelingen' ? null : { kind: 'handelingen', session: ah[1]!, number: ah[2]! };
  return null;
}

/** A session "20202021" is two consecutive years. */
function validSession(session: string): boolean {
  const match = SESSION.exec(session);
  return Boolean(match) && Number(match![2]) === Number(match![1]) + 1;
}

/** The dossier as Parliament writes it: digits in groups of three from the right ("31 839"). */
export function formatDossier(dossier: string): string {
  return dossier.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** How the reference is cited in Dutch: "Kamerstuk 31 839, nr. 580", "Motie 34 550 XVI, nr. 89". */
export function referenceLabel(reference: ParliamentReference): string {
  switch (reference.kind) {
    case 'kamerstuk':
    case 'motie': {
      const dossier = [formatDossier(reference.dossier), reference.addition].filter(Boolean).join(/^\d+$/.test(reference.addition ?? '') ? '-' : ' ');
      const number = /^\d/.test(reference.number) ? `nr. ${reference.number}` : reference.number;
      return `${reference.kind === 'motie' ? 'Motie' : 'Kamerstuk'} ${dossier}, ${number}`;
    }
    case 'toezegging':
      return `Toezegging ${reference.tzNumber}`;
    case 'bijlage':
      return `Bijlage ${reference.number}`;
    case 'handelingen':
      return `Aanhangsel Handelingen ${reference.session.slice(0, 4)}-${reference.session.slice(4)}, nr. ${reference.number}`;
  }
}

const PUBLICATIONS = 'https://zoek.officielebekendmakingen.nl';

/** The stable public address of the document; null for a toezegging, which has no page of its own. */
export function referenceUrl(reference: ParliamentReference): string | null {
  if (reference.kind === 'toezegging') return null;
  const extension = reference.kind === 'bijlage' ? 'pdf' : 'html';
  return `${PUBLICATIONS}/${referenceIdentifier(reference)}.${extension}`;
}

/** The input of a reference field: its kind and identifier, checked against the formats above. */
export const parliamentReferenceSchema = z
  .object({ kind: z.enum(REFERENCE_KINDS, 'Kies het soort document.'), identifier: z.string().trim().min(1, 'Vul de verwijzing in.').max(40, 'De verwijzing is te lang.') })
  .transform((input, context) => {
    const reference = parseReferenceIdentifier(normaliseIdentifier(input.identifier, input.kind), input.kind);
    if (!reference) {
      context.addIssue({ code: 'custom', path: ['identifier'], message: FORMAT_HINTS[input.kind] });
      return z.NEVER;
    }
    return reference;
  });

const FORMAT_HINTS: Record<ReferenceKind, string> = {
  kamerstuk: 'Geen Kamerstuk: gebruik dossier en nummer, zoals ‘31 839, nr. 580’ of ‘kst-31839-580’.',
  motie: 'Geen motie: gebruik dossier en nummer, zoals ‘34 550 XVI, nr. 89’ of ‘kst-34550-XVI-89’.',
  toezegging: 'Geen toezegging: gebruik het nummer van de Tweede Kamer, zoals ‘TZ202412-116’.',
  bijlage: 'Geen bijlage: gebruik ‘blg-’ en het nummer, zoals ‘blg-123456’.',
  handelingen: 'Geen aanhangsel: gebruik ‘ah-tk-’, het vergaderjaar en het nummer, zoals ‘ah-tk-20202021-3235’.',
};

// A Kamerstuk as people cite it: the dossier in groups of three ("31 839", "31839", "31.839"),
// optionally an addition (a roman numeral or letter, "VII", or a dash and a number, "-32"), then the
// document number ("nr. 580", "no. 8") or a letter code ("AI") after the comma. The bijlage reader
// finds these in footnotes; the reference fields accept them typed.
const DOSSIER = String.raw`(\d{1,3}(?:[ .\u00A0]?\d{3})+)(?:\s*-\s*(\d+)|[ \u00A0]+([IVXLCDM]+|[A-Z]{1,2})(?=\s*,))?`;
const DOCUMENT = String.raw`(?:n(?:r|o)\.?\s*(\d+[A-Za-z]?)|([A-Z]{1,3})\b)`;
export const KAMERSTUK_CITATION = String.raw`${DOSSIER}\s*,\s*${DOCUMENT}`;
const WHOLE_CITATION = new RegExp(`^${KAMERSTUK_CITATION}$`, 'i');

/** The key (`kst-31839-580`) of a match of KAMERSTUK_CITATION; null for a session year read as a dossier. */
export function kamerstukKeyOfCitation(match: RegExpMatchArray): string | null {
  const [, digits, dashed, addition, number, letters] = match;
  const dossier = digits!.replace(/[ .\u00A0]/g, '');
  // A session year ("2016/17", "2016-2017") is never a dossier: "2016 2017" could look like one.
  if (/^(19|20)\d{2}(19|20)\d{2}$/.test(dossier)) return null;
  return referenceIdentifier({ kind: 'kamerstuk', dossier, addition: dashed ?? addition?.toUpperCase() ?? null, number: number ?? letters!.toUpperCase() });
}

/**
 * Accepts the way people write a Kamerstuk ("31 839, nr. 580", "34 000 VII, nr. 8", "21 501-32, nr.
 * 1740") besides its key; other kinds only by their identifier.
 */
export function normaliseIdentifier(text: string, kind: ReferenceKind): string {
  const trimmed = text.trim();
  if (kind !== 'kamerstuk' && kind !== 'motie') return kind === 'toezegging' ? trimmed.toUpperCase() : trimmed.toLowerCase();
  const written = WHOLE_CITATION.exec(trimmed);
  return (written && kamerstukKeyOfCitation(written)) ?? trimmed;
}
