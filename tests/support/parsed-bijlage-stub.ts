import { ValidationError } from '@/lib/errors';
import type { ParsedBijlage, ParsedBijlageRow } from '@/lib/import/bijlage/parsed-bijlage';

/**
 * Until the Word reader is merged, the import's tests store a ParsedBijlage as JSON bytes and
 * read it back through this stand-in for parseBijlage (vi.mock). Bytes starting with "TRACKED"
 * are refused as a document with tracked changes would be.
 */
export const TRACKED_CHANGES = 'Dit document bevat bijgehouden wijzigingen. Accepteer of weiger ze in Word en upload het opnieuw.';

export async function parseStub(bytes: Buffer): Promise<ParsedBijlage> {
  const text = bytes.toString('utf8');
  if (text.startsWith('TRACKED')) throw new ValidationError(TRACKED_CHANGES, { file: [TRACKED_CHANGES] });
  return JSON.parse(text) as ParsedBijlage;
}

export function bijlageBytes(parsed: ParsedBijlage): Buffer {
  return Buffer.from(JSON.stringify(parsed), 'utf8');
}

/** A row under heading `headingIndex`, its texts defaulted. */
export function row(headingIndex: number | null, title: string, fields: Partial<ParsedBijlageRow> = {}): ParsedBijlageRow {
  return { headingIndex, title, responsibleText: null, status: null, result: '', planning: '', footnotes: [], table: 1, row: 2, ...fields };
}
