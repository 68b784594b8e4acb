import { z } from '@/lib/validation/dutch-zod';
import { idField, textField } from '@/lib/validation/fields';

/** Longer than any introduction of the real bijlagen (about 5,400 characters). */
export const LINE_INTRO_MAX = 10_000;

/** A round's introduction for one actielijn; empty removes it. `baseVersion` names the text the editor started from. */
export const lineIntroSchema = z.object({
  roundId: idField,
  lineId: idField,
  text: textField({ label: 'de inleiding', max: LINE_INTRO_MAX }),
  baseVersion: z.string({ error: 'Ongeldige versie.' }).regex(/^[0-9a-f]{64}$/, 'Ongeldige versie.'),
});
