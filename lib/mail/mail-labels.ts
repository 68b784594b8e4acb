import type { MailKind } from '@/lib/mail/enqueue-mail';

/** Each kind of message in Dutch, for /beheer/berichten. */
export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  'round.opened': 'ronde geopend',
  'round.reminder': 'herinnering',
  'round.deadline-day': 'laatste dag',
  'entry.returned': 'actie teruggestuurd',
  'entry.return-undone': 'terugsturen ongedaan gemaakt',
  'review.digest': 'dagoverzicht klaar voor controle',
  'entry.co-partner-digest': 'dagoverzicht gewijzigd door mede-verantwoordelijke',
  'round.published': 'ronde gepubliceerd',
  'account.invitation': 'uitnodiging',
  'account.password-reset': 'wachtwoord herstellen',
};

export const MAIL_STATE_LABELS = { QUEUED: 'in de wachtrij', SENT: 'verstuurd', FAILED: 'mislukt', KEPT: 'bewaard (demo)' } as const;
