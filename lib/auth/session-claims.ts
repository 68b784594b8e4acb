import { z } from 'zod';

/**
 * What a session token carries besides next-auth's own fields: the account, the account's session
 * generation when it signed in, and when that was (seconds since 1970). Tokens without them, such as
 * those issued before sessions had generations, are not sessions.
 */
export const sessionClaimsSchema = z.object({
  sub: z.string().regex(/^[1-9]\d{0,9}$/).transform(Number),
  generation: z.number().int().min(0),
  signedInAt: z.number().int().positive(),
});

export type SessionClaims = z.output<typeof sessionClaimsSchema>;
