import 'server-only';
import type { Tx } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { isUniqueViolation, ValidationError } from '@/lib/errors';
import type { Database } from '@/lib/prisma-client';

type Claim = { abbreviation: string; aliases: string[]; organisationId?: number };
type TakenCode = { claimed: string; position: bigint; isAbbreviation: boolean; abbreviation: string; name: string };

/**
 * The first abbreviation or alias of `claim` that another organisation already uses, compared as
 * the database compares them (lower case, table organisation_codes), as the Dutch refusal the form
 * shows next to the field; null when every one is free. `organisationId` is the organisation
 * being edited: its own codes are no conflict.
 */
export async function findCodeConflict(db: Tx | Database, claim: Claim): Promise<ValidationError | null> {
  const spellings = [claim.abbreviation, ...claim.aliases];
  const [taken] = await db.$queryRaw<TakenCode[]>`
    SELECT claim.spelling AS claimed, claim.position, code.is_abbreviation AS "isAbbreviation", holder.abbreviation, holder.name
    FROM unnest(${spellings}::text[]) WITH ORDINALITY AS claim (spelling, position)
    JOIN organisation_codes code ON code.code = lower(btrim(claim.spelling))
    JOIN organisations holder ON holder.id = code.organisation_id
    WHERE code.organisation_id IS DISTINCT FROM ${claim.organisationId ?? null}::int
    ORDER BY claim.position
    LIMIT 1`;
  if (!taken) return null;
  const isAbbreviation = taken.position === 1n;
  const subject = isAbbreviation ? `De afkorting ${taken.claimed}` : `De andere schrijfwijze ${taken.claimed}`;
  const holder = `${taken.abbreviation} (${taken.name})`;
  const message = `${subject} is al in gebruik ${taken.isAbbreviation ? 'door' : 'als andere schrijfwijze van'} ${holder}.`;
  return new ValidationError(message, { [isAbbreviation ? 'abbreviation' : 'aliases']: [message] });
}

/**
 * A unique violation means another request took a code between the check and the insert; by now
 * it has committed, so the check names it. Other errors pass unchanged.
 */
export async function codeTakenMeanwhile(error: unknown, claim: Claim): Promise<unknown> {
  if (!isUniqueViolation(error)) return error;
  const message = 'Deze afkorting of schrijfwijze is net door een andere organisatie in gebruik genomen.';
  return (await findCodeConflict(prisma, claim)) ?? new ValidationError(message, { abbreviation: [message] });
}
