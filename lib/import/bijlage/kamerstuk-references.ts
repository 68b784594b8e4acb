/**
 * Kamerstukken cited in a text ("Kamerstukken II 2016/17, 31 839, nr. 580") as their keys on the
 * official publications site: `kst-<dossier>[-<addition>]-<nr>` (kst-31839-580, kst-34000-VII-8,
 * kst-21501-32-1740, kst-33328-AI). Pure: the bijlage reader and the reference fields share it.
 */

// A dossier number: digits in groups of three ("31 839", "31839", "31.839"), optionally followed by
// an addition: a roman numeral or letter ("VII", "XVI", "A") or a dash and a number ("-32").
const DOSSIER = String.raw`(\d{1,3}(?:[ .\u00A0]?\d{3})+)(?:\s*-\s*(\d+)|[ \u00A0]+([IVXLCDM]+|[A-Z]{1,2})(?=\s*,))?`;
// The document number: "nr. 580", "nr 580", "no. 8", or a letter code ("AI") right after the comma.
const DOCUMENT = String.raw`(?:n(?:r|o)\.?\s*(\d+[A-Za-z]?)|([A-Z]{1,3})\b)`;
const CITATION = new RegExp(String.raw`${DOSSIER}\s*,\s*${DOCUMENT}`, 'g');
// Only numbers cited as Kamerstukken count: a bare "1 000, nr. 5" in a sentence about money does not.
const KAMERSTUKKEN = /Kamerstuk(?:ken)?(?:\s+(?:I{1,2}|EK|TK))?/gi;

/**
 * Every Kamerstuk the text cites after the word "Kamerstuk(ken)", in order, each once. Several
 * citations may follow one "Kamerstukken" ("Kamerstukken II 2016/17, 31 839, nr. 580 en 34 550 XVI,
 * nr. 9"); a semicolon-separated list stays under the same "Kamerstukken" too.
 */
export function kamerstukReferences(text: string): string[] {
  const found: string[] = [];
  const starts = [...text.matchAll(KAMERSTUKKEN)].map((match) => match.index);
  starts.forEach((start, i) => {
    // The citation runs to the next "Kamerstukken", or to the end of its sentence-like segment.
    const segment = text.slice(start, starts[i + 1] ?? text.length);
    for (const match of segment.matchAll(CITATION)) {
      const key = kamerstukKey(match);
      if (key && !found.includes(key)) found.push(key);
    }
  });
  return found;
}

function kamerstukKey(match: RegExpMatchArray): string | null {
  const [, digits, dashed, addition, number, letters] = match;
  const dossier = digits!.replace(/[ .\u00A0]/g, '');
  // A session year ("2016/17", "2016-2017") is never a dossier: dossiers have at least four digits
  // and come after the year; "2016 2017" could look like one, so refuse years followed by years.
  if (/^(19|20)\d{2}(19|20)\d{2}$/.test(dossier)) return null;
  const parts = ['kst', dossier];
  if (dashed) parts.push(dashed);
  if (addition) parts.push(addition);
  parts.push(number ?? letters!);
  return parts.join('-');
}
