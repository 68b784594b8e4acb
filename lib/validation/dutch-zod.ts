import { z } from 'zod';

/**
 * zod with Dutch messages for every issue a schema gives no message of its own (a schema's own
 * message always wins). Every schema module imports zod from here, so each server entry and each
 * client form that validates has this configured before it parses. The common issues get plain
 * Dutch; the rare ones zod's own Dutch locale.
 */
const zodDutch = z.locales.nl().localeError;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een object',
  date: 'een datum',
  null: 'niets',
  undefined: 'niets',
};

const typeName = (type: string) => TYPE_NAMES[type] ?? type;

function receivedType(input: unknown): string {
  if (Array.isArray(input)) return 'array';
  if (input === null) return 'null';
  if (Number.isNaN(input)) return 'nan';
  return typeof input;
}

const UNITS: Record<string, string> = { string: 'tekens', array: 'keuzes', set: 'keuzes' };

function bound(options: { origin: string; limit: number | bigint; inclusive: boolean | undefined; above: boolean }): string {
  const unit = UNITS[options.origin];
  const limit = typeof options.limit === 'number' ? options.limit.toLocaleString('nl-NL') : String(options.limit);
  const words = options.above
    ? options.inclusive === false ? 'Minder dan' : 'Hoogstens'
    : options.inclusive === false ? 'Meer dan' : 'Minstens';
  return `${words} ${limit}${unit ? ` ${unit}` : ''}.`;
}

const FORMATS: Record<string, string> = {
  email: 'Dit is geen geldig e-mailadres.',
  date: 'Dit is geen geldige datum (jjjj-mm-dd).',
  datetime: 'Dit is geen geldig tijdstip.',
  url: 'Dit is geen geldige URL.',
};

export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld is verplicht.';
      if (receivedType(issue.input) === 'nan') return `Verwacht ${typeName(issue.expected)}.`;
      return `Verwacht ${typeName(issue.expected)}, niet ${typeName(receivedType(issue.input))}.`;
    case 'too_big':
      return bound({ origin: issue.origin, limit: issue.maximum, inclusive: issue.inclusive, above: true });
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'Dit veld is verplicht.';
      return bound({ origin: issue.origin, limit: issue.minimum, inclusive: issue.inclusive, above: false });
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Dit heeft niet de juiste vorm.';
    case 'invalid_value':
      return `Kies uit: ${issue.values.map((value) => String(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Onbekend veld: ${issue.keys.join(', ')}.`;
    default:
      return zodDutch(issue);
  }
};

z.config({ localeError: dutchErrorMap });

export { z };
