import 'server-only';
import type { AccountTokenPurpose } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/audit/record-audit';
import { ROLE_LABELS } from '@/lib/auth/session-user';
import { TOKEN_VALIDITY_TEXT, tokenPath } from '@/lib/accounts/account-token';
import { appUrl } from '@/lib/mail/app-url';
import { enqueueMail } from '@/lib/mail/enqueue-mail';
import type { Role } from '@/lib/generated/prisma/client';

type Recipient = { id: number; email: string; name: string; role: Role };

const SITE = 'Voortgang actieplannen';

/**
 * Writes the mail with a one-time link into the outbox, in the transaction that made the token
 * (`tokenId` makes the event unique). The link is the only place the raw token goes.
 */
export async function enqueueAccountMail(
  tx: Tx,
  options: { purpose: AccountTokenPurpose; tokenId: number; token: string; recipient: Recipient; invitedBy?: string },
): Promise<void> {
  const { purpose, recipient } = options;
  const link = appUrl(tokenPath(purpose, options.token));
  const validity = TOKEN_VALIDITY_TEXT[purpose];
  const invitation = purpose === 'INVITATION';
  const text = invitation
    ? [
        `Beste ${recipient.name},`,
        '',
        `${options.invitedBy ?? 'De redactie van het ministerie'} heeft een account voor u gemaakt op ${SITE}, als ${ROLE_LABELS[recipient.role].toLowerCase()}.`,
        'Kies via deze link uw wachtwoord; daarna logt u in met uw e-mailadres en dat wachtwoord:',
        '',
        link,
        '',
        `De link werkt één keer en is ${validity} geldig. Is hij verlopen, vraag de redactie dan om een nieuwe uitnodiging.`,
      ]
    : [
        `Beste ${recipient.name},`,
        '',
        `Iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord voor uw account op ${SITE}.`,
        'Kies via deze link een nieuw wachtwoord:',
        '',
        link,
        '',
        `De link werkt één keer en is ${validity} geldig. Heeft u niets aangevraagd, dan kunt u deze e-mail negeren: uw wachtwoord blijft zoals het is.`,
      ];
  await enqueueMail(tx, [
    {
      eventKey: `${invitation ? 'account.invitation' : 'account.password-reset'}:${options.tokenId}`,
      kind: invitation ? 'account.invitation' : 'account.password-reset',
      recipient: { id: recipient.id, email: recipient.email },
      subject: invitation ? `Uw account voor ${SITE}` : `Nieuw wachtwoord voor ${SITE}`,
      text: text.join('\n'),
    },
  ]);
}
