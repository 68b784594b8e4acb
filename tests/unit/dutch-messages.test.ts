/**
 * Every zod issue without a message of its own is Dutch: the project's zod (lib/validation/dutch-zod)
 * configures that once, for the server and the client forms alike. A schema's own message wins.
 */
import { describe, expect, it } from 'vitest';
import { z } from '@/lib/validation/dutch-zod';

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => issue.message).join(' | ');
};

describe('zod’s messages in Dutch', () => {
  it.each([
    ['an over-long text', z.string().max(100), 'x'.repeat(101), 'Hoogstens 100 tekens.'],
    ['a short text', z.string().min(3), 'ab', 'Minstens 3 tekens.'],
    ['an empty text', z.string().min(1), '', 'Dit veld is verplicht.'],
    ['a missing value', z.string(), undefined, 'Dit veld is verplicht.'],
    ['a number for a text', z.string(), 5, 'Verwacht tekst, niet een getal.'],
    ['a list for a text', z.string(), ['a', 'b'], 'Verwacht tekst, niet een lijst.'],
    ['a text for a number', z.number(), 'vijf', 'Verwacht een getal, niet tekst.'],
    ['a text that is no number', z.coerce.number(), 'abc', 'Verwacht een getal.'],
    ['a fraction for a whole number', z.int(), 1.5, 'Verwacht een geheel getal, niet een getal.'],
    ['a number too large', z.number().max(10_000), 20_000, 'Hoogstens 10.000.'],
    ['a number not above the bound', z.number().positive(), 0, 'Meer dan 0.'],
    ['too many choices', z.array(z.string()).max(2), ['a', 'b', 'c'], 'Hoogstens 2 keuzes.'],
    ['an unknown option', z.enum(['open', 'dicht']), 'half', 'Kies uit: open, dicht.'],
    ['an e-mail address', z.email(), 'geen-adres', 'Dit is geen geldig e-mailadres.'],
    ['a date', z.iso.date(), '2026-02-30', 'Dit is geen geldige datum (jjjj-mm-dd).'],
    ['a pattern', z.string().regex(/^[a-z]+$/), 'A1', 'Dit heeft niet de juiste vorm.'],
    ['an unknown field', z.strictObject({ a: z.string() }), { a: 'x', b: 'y' }, 'Onbekend veld: b.'],
  ])('%s', (_name, schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });

  it('keeps a schema’s own message', () => {
    expect(messageOf(z.string().max(3, 'Eigen melding.'), 'abcd')).toBe('Eigen melding.');
    expect(messageOf(z.number({ error: 'Geef een aantal.' }), 'x')).toBe('Geef een aantal.');
  });
});
