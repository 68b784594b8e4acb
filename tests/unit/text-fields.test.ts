/**
 * The shared text fields refuse control characters with a Dutch message naming the character, so
 * every form that uses them (and the search filter and the sign-in address) does too.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { textField } from '@/lib/validation/fields';
import { parsePlanFilters } from '@/lib/validation/plan-filters';
import { signInSchema } from '@/lib/validation/sign-in';

const title = textField({ label: 'de titel', min: 3, max: 20 });
const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('control characters in text fields', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['SOH', '\u0001', 'U+0001'],
    ['vertical tab', '\u000b', 'U+000B'],
    ['ESC', '\u001b', 'U+001B'],
    ['a carriage return without line feed', '\r', 'U+000D'],
    ['DEL', '\u007f', 'U+007F'],
    ['NEL (C1)', '\u0085', 'U+0085'],
    ['CSI (C1)', '\u009b', 'U+009B'],
  ])('refuses %s with a message naming it', (_name, character, codePoint) => {
    expect(errorsOf(title, `Een ${character}titel`)).toEqual([
      `De titel bevat een onzichtbaar stuurteken (${codePoint}); haal het weg en probeer het opnieuw.`,
    ]);
  });

  it('accepts tab and line feed, and stores CRLF (what textareas send) as LF', () => {
    expect(title.parse('Een\ttitel')).toBe('Een\ttitel');
    expect(title.parse('Een\ntitel')).toBe('Een\ntitel');
    expect(title.parse(' Een\r\ntitel\r\n')).toBe('Een\ntitel');
  });

  it('counts a CRLF as one character towards the limit', () => {
    expect(title.parse(`${'a'.repeat(9)}\r\n${'b'.repeat(10)}`)).toHaveLength(20);
  });

  it('accepts the line and paragraph separators and other visible Unicode', () => {
    expect(title.parse('Eén\u2028twee – ✓')).toBe('Eén\u2028twee – ✓');
  });

  it('refuses a control character in the search text and in the sign-in address', () => {
    const search = parsePlanFilters(new URLSearchParams('q=%00'));
    expect(search.success ? [] : search.error.issues.map((issue) => issue.message)).toEqual([
      'De zoektekst bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.',
    ]);
    expect(errorsOf(signInSchema, { email: 'a\u0000@b.nl', password: 'geheim' })).toEqual([
      'Uw e-mailadres bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.',
    ]);
  });
});
