import { z } from '@/lib/validation/dutch-zod';
import { idField } from '@/lib/validation/fields';

export const remindRoundSchema = z.object({ roundId: idField });
export const resendMessageSchema = z.object({ messageId: idField });

export const MAIL_STATES = ['QUEUED', 'SENT', 'FAILED', 'KEPT'] as const;

/** /beheer/berichten's query: page, kind and state; anything else falls back to "all". */
export const mailFilterSchema = z.object({
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
  soort: z.string().regex(/^[a-z.-]{1,40}$/).optional().catch(undefined),
  stand: z.enum(MAIL_STATES).optional().catch(undefined),
});
