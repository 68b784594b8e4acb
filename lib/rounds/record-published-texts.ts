import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * Copies the texts readers see, as they are now, onto a round being published: the plan's title
 * and summary, every line the round reports on (and the lines above it) with its code, title,
 * *opgave*, order and parent, and each entry's action description. Public pages read these copies,
 * so an edit made later stays private until the next round is published, and published rounds keep
 * reading as they were. Copies that already exist are kept. Returns the rows added or filled.
 */
export async function recordPublishedTexts(tx: Tx, roundId: number): Promise<number> {
  const plan = await tx.$executeRaw`
    INSERT INTO round_plan_texts (round_id, title, summary)
    SELECT r.id, p.title, p.summary FROM reporting_rounds r JOIN plans p ON p.id = r.plan_id
    WHERE r.id = ${roundId}
    ON CONFLICT (round_id) DO NOTHING`;
  const lines = await tx.$executeRaw`
    WITH RECURSIVE shown (id) AS (
      SELECT DISTINCT e.line_id FROM action_entries e WHERE e.round_id = ${roundId}
      UNION
      SELECT l.parent_id FROM action_lines l JOIN shown s ON s.id = l.id WHERE l.parent_id IS NOT NULL
    )
    INSERT INTO round_lines (round_id, line_id, code, title, opgave, position, parent_id)
    SELECT ${roundId}, l.id, l.code, l.title, l.opgave, l.position, l.parent_id
    FROM action_lines l JOIN shown s ON s.id = l.id
    ON CONFLICT (round_id, line_id) DO NOTHING`;
  const descriptions = await tx.$executeRaw`
    UPDATE action_entries e SET description = a.description
    FROM actions a
    WHERE a.id = e.action_id AND e.round_id = ${roundId} AND e.description IS NULL`;
  return plan + lines + descriptions;
}
