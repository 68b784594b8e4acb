import { mailBody, type Composed } from '@/lib/mail/messages/mail-text';

/** To everyone involved when a round is published: the link to its public page. */
export function composeRoundPublished(input: { name: string; planTitle: string; roundTitle: string; publicUrl: string }): Composed {
  return {
    subject: `${input.planTitle}: ronde ${input.roundTitle} is gepubliceerd`,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      `De voortgangsrapportage ${input.roundTitle} van ${input.planTitle} is gepubliceerd en voor iedereen te lezen.`,
      '',
      `Bekijk de rapportage: ${input.publicUrl}`,
      '',
      'Dank voor uw bijdrage.',
    ]),
  };
}
