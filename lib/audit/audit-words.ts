import { LINK_PERMISSIONS, PERMISSIONS } from '@/lib/auth/permissions';
import { AUDIT_PERMISSION_LABELS } from '@/lib/audit/audit-labels';

/**
 * The Dutch words of the audit log that are not a field: what a permission did (also one that has
 * no label yet, from a branch or an older line) and the kinds of change the log's filter offers.
 * Pure: no database; used by the page, the permalink and the CSV export alike.
 */

/** The subject a permission's prefix is about ("entry.approve" → an action in a round). */
const SUBJECT_NOUNS: Record<string, string> = {
  update: 'stand van zaken',
  entry: 'actie in ronde',
  round: 'ronde',
  mail: 'bericht',
  plan: 'plan',
  line: 'actielijn',
  action: 'actie',
  organisation: 'organisatie',
  user: 'account',
  account: 'eigen account',
  password: 'wachtwoord',
  audit: 'auditlog',
  review: 'controle',
  workspace: 'werkruimte',
  comment: 'opmerking',
};

/** English verbs that permission names start with, as Dutch past participles. */
const VERBS: Record<string, string> = {
  create: 'aangemaakt',
  add: 'toegevoegd',
  edit: 'gewijzigd',
  update: 'gewijzigd',
  change: 'gewijzigd',
  set: 'ingesteld',
  rename: 'hernoemd',
  delete: 'verwijderd',
  remove: 'verwijderd',
  archive: 'gearchiveerd',
  unarchive: 'teruggehaald uit het archief',
  restore: 'hersteld',
  undo: 'ongedaan gemaakt',
  answer: 'beantwoord',
  comment: 'van een opmerking voorzien',
  note: 'van een notitie voorzien',
  approve: 'goedgekeurd',
  return: 'teruggestuurd',
  reopen: 'heropend',
  open: 'geopend',
  close: 'gesloten',
  publish: 'gepubliceerd',
  move: 'verplaatst',
  reorder: 'verplaatst',
  save: 'opgeslagen',
  send: 'verstuurd',
  resend: 'opnieuw verstuurd',
  invite: 'uitgenodigd',
  mark: 'gemarkeerd',
  assign: 'toegewezen',
  lead: 'trekker gewijzigd',
  view: 'bekeken',
};

function known(permission: string): permission is keyof typeof AUDIT_PERMISSION_LABELS {
  return Object.hasOwn(AUDIT_PERMISSION_LABELS, permission);
}

/** "entry.undoReview" → ["entry", "undo", "review"]. */
function words(permission: string): string[] {
  return permission
    .split('.')
    .flatMap((part) => part.split(/(?=[A-Z])/))
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}

/** The subject noun of a permission, "actie in ronde" for "entry.…"; "onderdeel" for an unknown prefix. */
export function subjectNoun(permission: string): string {
  return SUBJECT_NOUNS[words(permission)[0] ?? ''] ?? 'onderdeel';
}

/**
 * What the permission did, in Dutch: its label, or for a permission without one yet a phrase made
 * of its parts ("line.archive" → "actielijn gearchiveerd", unknown verbs → "wijziging aan …").
 */
export function permissionLabel(permission: string): string {
  if (known(permission)) return AUDIT_PERMISSION_LABELS[permission];
  const verb = words(permission).slice(1).find((word) => Object.hasOwn(VERBS, word));
  return verb ? `${subjectNoun(permission)} ${VERBS[verb]}` : `wijziging aan ${subjectNoun(permission)}`;
}

/** The kinds of change the log's filter offers, grouped as the management pages are. */
const GROUPS: { label: string; prefixes: string[] }[] = [
  { label: 'Acties in een ronde', prefixes: ['update', 'entry', 'comment'] },
  { label: 'Rondes en berichten', prefixes: ['round', 'mail'] },
  { label: 'Plannen, actielijnen en acties', prefixes: ['plan', 'line', 'action'] },
  { label: 'Organisaties en accounts', prefixes: ['organisation', 'user'] },
  { label: 'Eigen account en wachtwoord', prefixes: ['account', 'password'] },
  { label: 'Uploads en importeren', prefixes: ['import', 'workbook'] },
];

/** Permissions that only look: never written to the log, so not a kind of change to filter on. */
const LOOKING = new Set<string>(['audit.view', 'mail.view', 'review.view', 'round.concept', 'workspace.view', 'import.view', 'workbook.download']);

/** Every permission that changes something: the values of the filter "soort wijziging". */
export const CHANGE_PERMISSIONS: readonly string[] = [...PERMISSIONS, ...LINK_PERMISSIONS].filter((p) => !LOOKING.has(p));

export function changeKindGroups(): { label: string; options: { value: string; label: string }[] }[] {
  const groupOf = (permission: string) => GROUPS.findIndex((group) => group.prefixes.includes(words(permission)[0] ?? ''));
  const groups = [...GROUPS, { label: 'Overig', prefixes: [] }].map((group) => ({ label: group.label, options: [] as { value: string; label: string }[] }));
  for (const permission of CHANGE_PERMISSIONS) {
    const index = groupOf(permission);
    groups[index === -1 ? groups.length - 1 : index]!.options.push({ value: permission, label: permissionLabel(permission) });
  }
  return groups.filter((group) => group.options.length > 0);
}
