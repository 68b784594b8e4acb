import type { Permission } from '@/lib/auth/permissions';

/** What each audited permission did, in Dutch, for the audit log. */
export const AUDIT_PERMISSION_LABELS: Partial<Record<Permission, string>> = {
  'update.save': 'stand van zaken opgeslagen',
  'update.markReady': 'klaar voor controle gezet',
  'entry.approve': 'goedgekeurd',
  'entry.return': 'teruggestuurd',
  'round.create': 'ronde aangemaakt',
  'round.open': 'ronde geopend',
  'round.close': 'ronde gesloten',
  'round.publish': 'ronde gepubliceerd',
  'round.remind': 'herinnering verstuurd',
  'mail.resend': 'bericht opnieuw verstuurd',
  'plan.create': 'plan aangemaakt',
  'plan.edit': 'plan gewijzigd',
  'line.create': 'actielijn toegevoegd',
  'line.edit': 'actielijn gewijzigd',
  'line.reorder': 'actielijn verplaatst',
  'action.create': 'actie toegevoegd',
  'action.rename': 'actie gewijzigd',
  'action.move': 'actie naar andere actielijn',
  'action.reorder': 'actie verplaatst',
  'action.discontinue': 'rapporteren gewijzigd',
  'organisation.create': 'organisatie toegevoegd',
  'organisation.edit': 'organisatie gewijzigd',
  'user.create': 'account gemaakt',
  'user.edit': 'account gewijzigd',
};
