import type { Tx } from '@/lib/audit/record-audit';
import { appUrl } from '@/lib/mail/app-url';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { composeEntryReturned } from '@/lib/mail/messages/entry-returned';
import { findActionPartners } from '@/lib/mail/round-recipients';

/** In the transaction that returns an entry: its partner editors get the comment and the link. */
export async function queueEntryReturnedMail(
  tx: Tx,
  options: { entryId: number; comment: string; reviewerName: string; returnedAt: Date },
): Promise<number[]> {
  const entry = await tx.actionEntry.findUniqueOrThrow({
    where: { id: options.entryId },
    select: { id: true, actionId: true, action: { select: { title: true } }, round: { select: { title: true, plan: { select: { title: true } } } } },
  });
  const partners = await findActionPartners(tx, entry.actionId);
  return enqueueMail(
    tx,
    partners.map((partner) => ({
      eventKey: `entry.returned:${entry.id}:${options.returnedAt.getTime()}`,
      kind: 'entry.returned' as const,
      recipient: partner,
      ...composeEntryReturned({
        name: partner.name,
        planTitle: entry.round.plan.title,
        roundTitle: entry.round.title,
        actionTitle: entry.action.title,
        comment: options.comment,
        reviewer: options.reviewerName,
        entryUrl: appUrl(`/werkruimte#actie-${entry.id}`),
      }),
    })),
  );
}
