import { mailBody, type Composed } from '@/lib/mail/messages/mail-text';

/** To the partner editors of an action the ministry returned: its comment verbatim and the link. */
export function composeEntryReturned(input: {
  name: string;
  planTitle: string;
  roundTitle: string;
  actionTitle: string;
  comment: string;
  reviewer: string;
  entryUrl: string;
}): Composed {
  return {
    subject: `${input.planTitle}: actie teruggestuurd, ${input.actionTitle}`,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      `Het ministerie (${input.reviewer}) heeft de actie "${input.actionTitle}" in ronde ${input.roundTitle} teruggestuurd met deze opmerking:`,
      '',
      ...input.comment.split('\n').map((line) => `> ${line}`),
      '',
      `Pas de actie aan en zet haar opnieuw klaar voor controle: ${input.entryUrl}`,
    ]),
  };
}
