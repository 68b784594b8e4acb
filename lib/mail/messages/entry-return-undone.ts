import { mailBody, type Composed } from '@/lib/mail/messages/mail-text';

/** To the partner editors who were told an entry was returned, once the ministry took the return back. */
export function composeEntryReturnUndone(input: {
  name: string;
  planTitle: string;
  roundTitle: string;
  actionTitle: string;
  undoneBy: string;
  entryUrl: string;
}): Composed {
  return {
    subject: `${input.planTitle}: terugsturen ongedaan gemaakt, ${input.actionTitle}`,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      `Het ministerie (${input.undoneBy}) heeft het terugsturen van de actie "${input.actionTitle}" in ronde ${input.roundTitle} ongedaan gemaakt.`,
      'Het vorige bericht hierover vervalt: u hoeft de actie daarvoor niet aan te passen.',
      '',
      `De actie in uw werkruimte: ${input.entryUrl}`,
    ]),
  };
}
