import { mailBody, type Composed } from '@/lib/mail/messages/mail-text';

export type DigestRound = {
  planTitle: string;
  roundTitle: string;
  reviewUrl: string;
  entries: readonly { actionTitle: string; organisations: string; url: string }[];
};

/** The morning digest to ministry editors: the entries marked ready since the last one, per round. */
export function composeReviewDigest(input: { name: string; dateText: string; rounds: readonly DigestRound[] }): Composed {
  const total = input.rounds.reduce((sum, round) => sum + round.entries.length, 0);
  const counted = total === 1 ? '1 actie klaar' : `${total} acties klaar`;
  return {
    subject: `Voortgang: ${counted} voor controle (${input.dateText})`,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      `Sinds het vorige overzicht ${total === 1 ? 'is 1 actie' : `zijn ${total} acties`} klaargezet voor controle.`,
      ...input.rounds.flatMap((round) => [
        '',
        `${round.planTitle}, ronde ${round.roundTitle} (${round.entries.length}):`,
        ...round.entries.map((entry) => `- ${entry.actionTitle} (${entry.organisations})\n  ${entry.url}`),
        `Alle acties van deze ronde: ${round.reviewUrl}`,
      ]),
    ]),
  };
}
