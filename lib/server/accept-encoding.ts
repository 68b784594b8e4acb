/** The encodings the page cache keeps a copy in. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** When the client weighs codings equally: the smallest copy first. */
const SERVER_ORDER: Encoding[] = ['br', 'gzip', 'identity'];

/**
 * Chooses the encoding of a cached page from the request's Accept-Encoding (RFC 9110 §12.5.3):
 * the acceptable coding with the highest q-value (ties: brotli, then gzip, then none); q=0 refuses a
 * coding; `*` stands for every coding not named; identity is acceptable unless refused
 * (`identity;q=0`, or `*;q=0` without naming identity) but, when not named, ranks below every
 * coding the client did name. Without the header, or when the client refuses everything, the page
 * goes uncompressed (the RFC allows that instead of a 406).
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (acceptEncoding === undefined) return 'identity';
  const weights = parseWeights(acceptEncoding);
  const weightOf = (encoding: Encoding): number => {
    const named = weights.get(encoding);
    if (named !== undefined) return named;
    const any = weights.get('*');
    return any ?? 0;
  };
  let best: Encoding | null = null;
  for (const encoding of SERVER_ORDER) {
    const weight = weightOf(encoding);
    if (weight > 0 && (best === null || weight > weightOf(best))) best = encoding;
  }
  return best ?? 'identity';
}

/** coding → q-value; `x-gzip` is gzip; entries with an invalid q-value are ignored. */
function parseWeights(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const element of header.split(',')) {
    const [name, ...parameters] = element.split(';').map((part) => part.trim().toLowerCase());
    if (!name) continue;
    let weight = 1;
    for (const parameter of parameters) {
      const match = /^q\s*=\s*(.*)$/.exec(parameter);
      if (match) weight = qValue(match[1]!);
    }
    if (Number.isNaN(weight)) continue;
    const coding = name === 'x-gzip' ? 'gzip' : name;
    // The same coding twice: the more favourable weight counts.
    weights.set(coding, Math.max(weight, weights.get(coding) ?? 0));
  }
  return weights;
}

/** RFC 9110 §12.4.2: 0 to 1 with at most three decimals; anything else is NaN. */
function qValue(text: string): number {
  return /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(text) ? Number(text) : Number.NaN;
}
