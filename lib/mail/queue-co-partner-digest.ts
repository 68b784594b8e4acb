import type { Tx } from '@/lib/audit/record-audit';
import { formatDutchDate, isoDateToDate } from '@/lib/dates';
import { appUrl } from '@/lib/mail/app-url';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import { composeCoPartnerDigest } from '@/lib/mail/messages/co-partner-digest';
import { findCoPartnerChanges } from '@/lib/updates/co-partner-changes';

/**
 * The day's digest to partner editors (once per day, for those with reminders on): the entries their
 * organisation marked ready that a partner of another responsible organisation changed since the
 * previous digest, and that have not been marked ready again. Nothing when there are none.
 */
export async function queueCoPartnerDigest(tx: Tx, options: { now: Date; day: string }): Promise<number[]> {
  const eventKey = `entry.co-partner-digest:${options.day}`;
  if (await tx.mailMessage.findFirst({ where: { eventKey }, select: { id: true } })) return [];
  const previous = await tx.mailMessage.findFirst({ where: { kind: 'entry.co-partner-digest' }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  const since = previous?.createdAt ?? new Date(0);
  const changes = (await findCoPartnerChanges(tx, { updates: { some: { createdAt: { gt: since, lte: options.now } } } })).filter(
    (change) => new Date(change.changedAt) > since && new Date(change.changedAt) <= options.now,
  );
  if (changes.length === 0) return [];
  const editors = await tx.user.findMany({
    where: { active: true, role: 'PARTNER_EDITOR', remindersEnabled: true, organisationId: { in: [...new Set(changes.map((c) => c.markerOrganisationId))] } },
    orderBy: { id: 'asc' },
    select: { id: true, email: true, name: true, organisationId: true },
  });
  const dateText = formatDutchDate(isoDateToDate(options.day));
  return enqueueMail(
    tx,
    editors.map((editor) => ({
      eventKey,
      kind: 'entry.co-partner-digest' as const,
      recipient: editor,
      ...composeCoPartnerDigest({
        name: editor.name,
        dateText,
        entries: changes
          .filter((change) => change.markerOrganisationId === editor.organisationId)
          .map((change) => ({
            actionTitle: change.actionTitle,
            planTitle: change.round.planTitle,
            roundTitle: change.round.title,
            changedBy: `${change.changedBy.name} (${change.changedBy.organisation})`,
            url: appUrl(`/werkruimte#actie-${change.entryId}`),
          })),
      }),
    })),
  );
}
