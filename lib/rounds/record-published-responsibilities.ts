import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * Copies each entry's responsible organisations, as the action has them now, onto the entries of a
 * round being published: readers then keep seeing who was responsible according to that report,
 * whatever changes later. Entries that already have their copy keep it. Returns the rows added.
 */
export function recordPublishedResponsibilities(tx: Tx, roundId: number): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO entry_responsibilities (entry_id, organisation_id, position)
    SELECT e.id, r.organisation_id, r.position
    FROM action_entries e
    JOIN action_responsibilities r ON r.action_id = e.action_id
    WHERE e.round_id = ${roundId}
      AND NOT EXISTS (SELECT 1 FROM entry_responsibilities x WHERE x.entry_id = e.id)`;
}
