import { KAMERSTUK_CITATION, kamerstukKeyOfCitation } from '@/lib/parliament/parliament-reference';

/**
 * Kamerstukken cited in a text ("Kamerstukken II 2016/17, 31 839, nr. 580") as their keys on the
 * official publications site: `kst-<dossier>[-<addition>]-<nr>` (kst-31839-580, kst-34000-VII-8,
 * kst-21501-32-1740, kst-33328-AI). The citation pattern and its key are
 * lib/parliament's, which the reference fields use too.
 */

const CITATION = new RegExp(KAMERSTUK_CITATION, 'g');
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
      const key = kamerstukKeyOfCitation(match);
      if (key && !found.includes(key)) found.push(key);
    }
  });
  return found;
}
