import { describe, expect, it } from 'vitest';
import { z } from '@/lib/validation/dutch-zod';
import { archiveLineSchema, discontinueActionSchema } from '@/lib/validation/plan-editing';
import { lineIntroSchema } from '@/lib/validation/round-line-intros';

/** The forms of the plan's structure: the reason for no longer reporting, archiving, line introductions. */
const errorsOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : z.flattenError(parsed.error).fieldErrors;
};

describe('the reason for no longer reporting an action', () => {
  it('is required to stop reporting, trimmed, with CRLF read as LF', () => {
    expect(discontinueActionSchema.parse({ actionId: '4', discontinued: 'true', reason: '  Klaar.\r\nZie actie 5. ' })).toEqual({
      actionId: 4,
      discontinued: true,
      reason: 'Klaar.\nZie actie 5.',
    });
    expect(errorsOf(discontinueActionSchema, { actionId: '4', discontinued: 'true' })).toEqual({ reason: ['Vul de reden in.'] });
    expect(errorsOf(discontinueActionSchema, { actionId: '4', discontinued: 'true', reason: '' })).toEqual({ reason: ['Vul de reden in.'] });
    expect(errorsOf(discontinueActionSchema, { actionId: '4', discontinued: 'true', reason: 'é'.repeat(501) })).toEqual({
      reason: ['De reden mag hoogstens 500 tekens lang zijn.'],
    });
    expect(errorsOf(discontinueActionSchema, { actionId: '4', discontinued: 'true', reason: 'Weg\u0085' })).toEqual({
      reason: ['De reden bevat een onzichtbaar stuurteken (U+0085); haal het weg en probeer het opnieuw.'],
    });
  });

  it('is not asked for, and dropped, when reporting again', () => {
    expect(discontinueActionSchema.parse({ actionId: '4', discontinued: 'false', reason: 'oud' })).toEqual({ actionId: 4, discontinued: false });
    expect(errorsOf(discontinueActionSchema, { actionId: 'x', discontinued: 'ja' })).toEqual({
      actionId: ['Ongeldige keuze.'],
      discontinued: ['Ongeldige keuze.'],
    });
  });
});

describe('archiving a line and its introductions', () => {
  it('reads the archive switch', () => {
    expect(archiveLineSchema.parse({ lineId: '7', archived: 'false' })).toEqual({ lineId: 7, archived: false });
    expect(errorsOf(archiveLineSchema, { lineId: '7', archived: 'misschien' })).toEqual({ archived: ['Ongeldige keuze.'] });
  });

  it('takes an introduction up to 10,000 characters with the version it started from', () => {
    const baseVersion = 'a'.repeat(64);
    expect(lineIntroSchema.parse({ roundId: '1', lineId: '2', text: ' Tekst ', baseVersion })).toEqual({ roundId: 1, lineId: 2, text: 'Tekst', baseVersion });
    expect(errorsOf(lineIntroSchema, { roundId: '1', lineId: '2', text: 'x'.repeat(10_001), baseVersion: 'nee' })).toEqual({
      text: ['De inleiding mag hoogstens 10000 tekens lang zijn.'],
      baseVersion: ['Ongeldige versie.'],
    });
  });
});
