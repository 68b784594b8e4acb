import { mailBody, type Composed } from '@/lib/mail/messages/mail-text';

export type CoPartnerDigestEntry = {
  actionTitle: string;
  planTitle: string;
  roundTitle: string;
  /** "Niels NVP (NVP)". */
  changedBy: string;
  url: string;
};

/**
 * The morning digest to a partner editor: actions their organisation marked ready that a partner of
 * another responsible organisation changed since the previous digest; to check and mark ready again.
 */
export function composeCoPartnerDigest(input: { name: string; dateText: string; entries: readonly CoPartnerDigestEntry[] }): Composed {
  const total = input.entries.length;
  const counted = total === 1 ? '1 actie' : `${total} acties`;
  return {
    subject: `Voortgang: ${counted} gewijzigd door een mede-verantwoordelijke organisatie (${input.dateText})`,
    text: mailBody([
      `Beste ${input.name},`,
      '',
      total === 1
        ? 'Een actie die uw organisatie klaarzette voor controle, is daarna gewijzigd door een andere verantwoordelijke organisatie:'
        : `${total} acties die uw organisatie klaarzette voor controle, zijn daarna gewijzigd door een andere verantwoordelijke organisatie:`,
      '',
      ...input.entries.map((entry) => `- ${entry.actionTitle} (${entry.planTitle}, ronde ${entry.roundTitle}), gewijzigd door ${entry.changedBy}\n  ${entry.url}`),
      '',
      'In de werkruimte ziet u per actie wat er veranderde. Controleer de wijziging en zet de actie opnieuw klaar voor controle.',
    ]),
  };
}
