import type { LinkPermission, Permission } from '@/lib/auth/permissions';
import { COMPLETENESS_LABELS, type CompletenessCategory } from '@/lib/rounds/completeness';

/**
 * What each permission did, in Dutch, for the audit log: every permission of the typed table
 * (lib/auth/permissions.ts) and LinkPermission has one (the compiler and tests/unit/audit-labels.test.ts
 * hold that). A line whose permission has none yet reads through `permissionLabel`'s fallback.
 */
export const AUDIT_PERMISSION_LABELS: Record<Permission | LinkPermission, string> = {
  'update.save': 'stand van zaken opgeslagen',
  'update.markReady': 'klaar voor controle gezet',
  'entry.approve': 'goedgekeurd',
  'entry.return': 'teruggestuurd',
  'entry.answer': 'antwoord op terugsturen',
  'entry.undoReview': 'goedkeuren of terugsturen ongedaan gemaakt',
  'round.create': 'ronde aangemaakt',
  'round.open': 'ronde geopend',
  'round.close': 'ronde gesloten',
  'round.publish': 'ronde gepubliceerd',
  'round.edit': 'ronde gewijzigd',
  'round.delete': 'ronde verwijderd',
  'round.reopen': 'ronde heropend',
  'round.remind': 'herinnering verstuurd',
  'round.editIntro': 'inleiding bij een actielijn gewijzigd',
  'mail.resend': 'bericht opnieuw verstuurd',
  'plan.create': 'plan aangemaakt',
  'plan.edit': 'plan gewijzigd',
  'line.create': 'actielijn toegevoegd',
  'line.edit': 'actielijn gewijzigd',
  'line.reorder': 'actielijn verplaatst',
  'line.archive': 'actielijn gearchiveerd of teruggezet',
  'action.create': 'actie toegevoegd',
  'action.rename': 'actie gewijzigd',
  'action.move': 'actie naar andere actielijn',
  'action.reorder': 'actie verplaatst',
  'action.discontinue': 'rapporteren gewijzigd',
  'organisation.create': 'organisatie toegevoegd',
  'organisation.edit': 'organisatie gewijzigd',
  'user.create': 'account gemaakt',
  'user.edit': 'account gewijzigd',
  'user.invite': 'uitnodiging verstuurd',
  'account.changePassword': 'eigen wachtwoord gewijzigd',
  'account.setReminders': 'herinneringen aan- of uitgezet',
  'account.activate': 'account geactiveerd (wachtwoord gekozen)',
  'password.reset': 'wachtwoord hersteld met link',
  'password.requestReset': 'link voor nieuw wachtwoord gemaild',
  // Looking changes nothing and is not logged; named all the same, in case it ever is.
  'audit.view': 'auditlog bekeken',
  'mail.view': 'berichten bekeken',
  'review.view': 'controle bekeken',
  'round.concept': 'conceptbijlage bekeken',
  'workspace.view': 'werkruimte bekeken',
  'import.uploadBijlage': 'bijlage geüpload (voorbeeld)',
  'import.applyBijlage': 'bijlage geïmporteerd',
  'import.uploadWorkbook': 'werkmap geüpload (voorbeeld)',
  'import.applyWorkbook': 'werkmap verwerkt',
  'import.discard': 'upload weggegooid',
  'import.view': 'upload bekeken',
  'workbook.download': 'werkmap gedownload',
};

/**
 * A line in words for entries whose data says more than the label: what a publication accepted
 * as still missing (`after.accepted`, written by publishRound). Null for every other entry.
 */
export function describeAuditEntry(permission: string, after: unknown): string | null {
  if (permission !== 'round.publish') return null;
  const accepted = (after as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(accepted)) return null;
  const parts = accepted.flatMap((item: unknown) => {
    const { category, count } = (item ?? {}) as { category?: unknown; count?: unknown };
    const known = typeof category === 'string' && Object.hasOwn(COMPLETENESS_LABELS, category);
    return known && typeof count === 'number' ? [`${COMPLETENESS_LABELS[category as CompletenessCategory]} (${count})`] : [];
  });
  return parts.length === 0 ? 'Gepubliceerd zonder openstaande punten.' : `Geaccepteerd bij publicatie: ${parts.join(', ')}.`;
}
