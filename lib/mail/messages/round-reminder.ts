import { formatMailDeadline, mailBody, type Composed } from '@/lib/mail/messages/mail-text';

/**
 * A reminder to a partner editor with actions not yet marked ready: days before the deadline, on
 * the deadline day, or when the ministry sends one. Lists those actions, each with its link.
 */
export function composeRoundReminder(input: {
  name: string;
  planTitle: string;
  roundTitle: string;
  deadline: { at: Date; hasTime: boolean } | null;
  when: 'before' | 'deadline-day' | 'now';
  actions: readonly { title: string; url: string }[];
  accountUrl: string;
}): Composed {
  const deadline = input.deadline ? formatMailDeadline(input.deadline) : null;
  const subject =
    input.when === 'deadline-day'
      ? `${input.planTitle}: vandaag is de laatste dag voor ronde ${input.roundTitle}`
      : `${input.planTitle}: herinnering ronde ${input.roundTitle}${deadline ? `, invoer tot ${deadline}` : ''}`;
  const opening =
    input.when === 'deadline-day'
      ? `Vandaag${input.deadline?.hasTime ? ` (${deadline})` : ''} sluit de invoer voor ronde ${input.roundTitle} van ${input.planTitle}.`
      : `Een herinnering voor ronde ${input.roundTitle} van ${input.planTitle}${deadline ? `: de invoer sluit ${deadline}` : ''}.`;
  const count = input.actions.length === 1 ? 'Deze actie staat' : `Deze ${input.actions.length} acties staan`;
  return {
    subject,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      opening,
      `${count} nog niet klaar voor controle:`,
      '',
      ...input.actions.map((action) => `- ${action.title}\n  ${action.url}`),
      '',
      'Zet een actie op "klaar voor controle" zodra de stand van zaken bijgewerkt is.',
      '',
      `Geen herinneringen meer ontvangen? Zet ze uit bij uw account: ${input.accountUrl}`,
    ]),
  };
}
