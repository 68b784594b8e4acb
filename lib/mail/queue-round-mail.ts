import type { Tx } from '@/lib/audit/record-audit';
import { appUrl } from '@/lib/mail/app-url';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { composeRoundOpened } from '@/lib/mail/messages/round-opened';
import { composeRoundPublished } from '@/lib/mail/messages/round-published';
import { composeRoundReminder } from '@/lib/mail/messages/round-reminder';
import { findMinistryEditors, findRoundPartners, isNotReady } from '@/lib/mail/round-recipients';

async function findRound(tx: Tx, roundId: number) {
  const round = await tx.reportingRound.findUniqueOrThrow({
    where: { id: roundId },
    select: { id: true, key: true, title: true, inputDeadline: true, inputDeadlineHasTime: true, plan: { select: { title: true, slug: true } } },
  });
  const deadline = round.inputDeadline ? { at: round.inputDeadline, hasTime: round.inputDeadlineHasTime } : null;
  return { ...round, deadline };
}

/** In the transaction that opens the round: each partner editor with actions in it. */
export async function queueRoundOpenedMail(tx: Tx, roundId: number): Promise<number[]> {
  const round = await findRound(tx, roundId);
  const partners = await findRoundPartners(tx, roundId);
  return enqueueMail(
    tx,
    partners.map((partner) => ({
      eventKey: `round.opened:${round.id}`,
      kind: 'round.opened' as const,
      recipient: partner,
      ...composeRoundOpened({
        name: partner.name,
        planTitle: round.plan.title,
        roundTitle: round.title,
        deadline: round.deadline,
        actionCount: partner.actions.length,
        workspaceUrl: appUrl('/werkruimte'),
      }),
    })),
  );
}

/**
 * A reminder to each partner editor whose organisation has actions not yet ready, listing them;
 * skipped for those who turned reminders off. `eventKey` names the occasion (never mailed twice).
 */
export async function queueRoundReminders(
  tx: Tx,
  options: { roundId: number; eventKey: string; when: 'before' | 'deadline-day' | 'now' },
): Promise<number[]> {
  const round = await findRound(tx, options.roundId);
  const partners = await findRoundPartners(tx, options.roundId);
  const kind = options.when === 'deadline-day' ? ('round.deadline-day' as const) : ('round.reminder' as const);
  return enqueueMail(
    tx,
    partners
      .filter((partner) => partner.remindersEnabled)
      .map((partner) => ({ partner, open: partner.actions.filter(isNotReady) }))
      .filter(({ open }) => open.length > 0)
      .map(({ partner, open }) => ({
        eventKey: options.eventKey,
        kind,
        recipient: partner,
        ...composeRoundReminder({
          name: partner.name,
          planTitle: round.plan.title,
          roundTitle: round.title,
          deadline: round.deadline,
          when: options.when,
          actions: open.map((action) => ({ title: action.title, url: appUrl(`/werkruimte#actie-${action.entryId}`) })),
          accountUrl: appUrl('/account'),
        }),
      })),
  );
}

/** In the transaction that publishes the round: its partner editors and the ministry's editors. */
export async function queueRoundPublishedMail(tx: Tx, roundId: number): Promise<number[]> {
  const round = await findRound(tx, roundId);
  const people = [...(await findRoundPartners(tx, roundId)), ...(await findMinistryEditors(tx))];
  const publicUrl = appUrl(`/plannen/${round.plan.slug}/rondes/${round.key}`);
  return enqueueMail(
    tx,
    people.map((person) => ({
      eventKey: `round.published:${round.id}`,
      kind: 'round.published' as const,
      recipient: person,
      ...composeRoundPublished({ name: person.name, planTitle: round.plan.title, roundTitle: round.title, publicUrl }),
    })),
  );
}
