import { formatMailDeadline, mailBody, type Composed } from '@/lib/mail/messages/mail-text';

/** To a partner editor when a round opens: the deadline, how many of their actions, the link. */
export function composeRoundOpened(input: {
  name: string;
  planTitle: string;
  roundTitle: string;
  deadline: { at: Date; hasTime: boolean } | null;
  actionCount: number;
  workspaceUrl: string;
}): Composed {
  const until = input.deadline ? ` tot ${formatMailDeadline(input.deadline)}` : '';
  const actions = input.actionCount === 1 ? '1 actie' : `${input.actionCount} acties`;
  return {
    subject: `${input.planTitle}: ronde ${input.roundTitle} is open voor invoer${until}`,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      `De rapportageronde ${input.roundTitle} van ${input.planTitle} is geopend. Uw organisatie is verantwoordelijk voor ${actions} in deze ronde; de teksten van de vorige rapportage staan al klaar om bij te werken.`,
      '',
      input.deadline ? `Graag uw invoer uiterlijk ${formatMailDeadline(input.deadline)}.` : 'Er is voor deze ronde geen uiterste datum opgegeven.',
      '',
      `Werk uw acties bij in de werkruimte: ${input.workspaceUrl}`,
    ]),
  };
}
