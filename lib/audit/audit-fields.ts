import { STATUS_LABELS } from '@/lib/actions/status';
import { ROLE_LABELS } from '@/lib/auth/session-user';
import { formatDutchDate, isoDateToDate } from '@/lib/dates';
import { formatDateTime } from '@/lib/format-date-time';
import { MAIL_STATE_LABELS } from '@/lib/mail/mail-labels';
import { organisationsText } from '@/lib/organisations/organisations-text';
import { REVIEW_STATE_LABELS } from '@/lib/review/review-states';
import { COMPLETENESS_LABELS } from '@/lib/rounds/completeness';
import { ROUND_STATE_LABELS } from '@/lib/rounds/round-states';

/**
 * The fields of an audit line's before and after in Dutch: a label per key and its value as text
 * (labels for codes, Dutch dates, ja/nee, organisations by abbreviation, lines and plans by name).
 * A key no describer knows yet gets a readable name made of its words; a value never shows as JSON
 * or as an enum code. Pure: the names of ids come in as `AuditNames`.
 */

/** Names of what the log's lines refer to by id, looked up per page (lib/audit/audit-names.ts). */
export type AuditNames = {
  organisations: Record<number, string>;
  users: Record<number, string>;
  plans: Record<number, { title: string }>;
  rounds: Record<number, { title: string; planId: number }>;
  actions: Record<number, { title: string; planId: number }>;
  lines: Record<number, { code: string; title: string; planId: number }>;
  entries: Record<number, { actionId: number; roundId: number }>;
};

export const NO_NAMES: AuditNames = { organisations: {}, users: {}, plans: {}, rounds: {}, actions: {}, lines: {}, entries: {} };

type Kind =
  | 'text' // compared word by word
  | 'plain'
  | 'number'
  | 'position'
  | 'boolean'
  | 'date'
  | 'dateTime'
  | 'status'
  | 'reviewState'
  | 'state'
  | 'role'
  | 'organisation'
  | 'organisations'
  | 'line'
  | 'plan'
  | 'round'
  | 'completeness'
  | 'hidden';

/** Every key a use case writes today, in the order a line shows them. */
const FIELDS: Record<string, { label: string; kind: Kind }> = {
  id: { label: 'Nummer', kind: 'hidden' },
  title: { label: 'Titel', kind: 'text' },
  name: { label: 'Naam', kind: 'plain' },
  abbreviation: { label: 'Afkorting', kind: 'plain' },
  aliases: { label: 'Andere schrijfwijzen', kind: 'plain' },
  email: { label: 'E-mailadres', kind: 'plain' },
  role: { label: 'Rol', kind: 'role' },
  organisationId: { label: 'Organisatie', kind: 'organisation' },
  active: { label: 'Actief', kind: 'boolean' },
  invited: { label: 'Uitgenodigd (kiest zelf een wachtwoord)', kind: 'boolean' },
  status: { label: 'Status', kind: 'status' },
  result: { label: 'Resultaat / stand van zaken', kind: 'text' },
  planning: { label: 'Wanneer (planning)', kind: 'text' },
  reviewState: { label: 'Controle', kind: 'reviewState' },
  reviewComment: { label: 'Opmerking bij terugsturen', kind: 'text' },
  comment: { label: 'Opmerking', kind: 'text' },
  body: { label: 'Tekst', kind: 'text' },
  answer: { label: 'Antwoord', kind: 'text' },
  version: { label: 'Versie', kind: 'number' },
  restoredFromVersion: { label: 'Hersteld van versie', kind: 'number' },
  description: { label: 'Omschrijving', kind: 'text' },
  summary: { label: 'Samenvatting', kind: 'text' },
  code: { label: 'Nummer van de actielijn', kind: 'plain' },
  opgave: { label: 'Opgave', kind: 'text' },
  organisationIds: { label: 'Verantwoordelijk', kind: 'organisations' },
  leadOrganisationId: { label: 'Trekker', kind: 'organisation' },
  planId: { label: 'Plan', kind: 'plan' },
  lineId: { label: 'Actielijn', kind: 'line' },
  parentId: { label: 'Onder actielijn', kind: 'line' },
  position: { label: 'Plaats', kind: 'position' },
  discontinuedAt: { label: 'Niet meer gerapporteerd sinds', kind: 'dateTime' },
  discontinuedReason: { label: 'Reden', kind: 'text' },
  archivedAt: { label: 'Gearchiveerd op', kind: 'dateTime' },
  lines: { label: 'Actielijnen', kind: 'hidden' },
  // The permission whose review is undone: the line's label already says it, the review states show it.
  undone: { label: 'Ongedaan gemaakt', kind: 'hidden' },
  // Who reviewed before and when: kept for undoing a review, said by the line's own actor and time.
  reviewedById: { label: 'Beoordeeld door', kind: 'hidden' },
  reviewedAt: { label: 'Beoordeeld op', kind: 'hidden' },
  intro: { label: 'Inleiding', kind: 'text' },
  key: { label: 'Sleutel in het adres', kind: 'plain' },
  slug: { label: 'Adres', kind: 'plain' },
  date: { label: 'Datum', kind: 'date' },
  state: { label: 'Stand', kind: 'state' },
  inputDeadline: { label: 'Inleveren vóór', kind: 'dateTime' },
  inputDeadlineHasTime: { label: 'Met tijdstip', kind: 'boolean' },
  reminderDaysBefore: { label: 'Herinnering (dagen vooraf)', kind: 'number' },
  entriesCreated: { label: 'Acties in de ronde', kind: 'number' },
  entriesNotApproved: { label: 'Niet goedgekeurde acties', kind: 'number' },
  accepted: { label: 'Geaccepteerd bij publicatie', kind: 'completeness' },
  lineIntros: { label: 'Inleidingen per actielijn', kind: 'number' },
  messages: { label: 'Berichten', kind: 'number' },
  at: { label: 'Tijdstip', kind: 'dateTime' },
  attempts: { label: 'Pogingen', kind: 'number' },
  remindersEnabled: { label: 'Herinneringen per e-mail', kind: 'boolean' },
  passwordChanged: { label: 'Wachtwoord gewijzigd', kind: 'boolean' },
  linkId: { label: 'Link (nummer)', kind: 'number' },
  validUntil: { label: 'Geldig tot', kind: 'dateTime' },
  // Uploads (lib/import): what arrived, and what applying it did.
  fileName: { label: 'Bestand', kind: 'plain' },
  importId: { label: 'Upload (nummer)', kind: 'number' },
  format: { label: 'Soort bestand', kind: 'plain' },
  size: { label: 'Grootte (bytes)', kind: 'number' },
  sha256: { label: 'SHA-256', kind: 'plain' },
  roundId: { label: 'Ronde', kind: 'round' },
  newRound: { label: 'Nieuwe ronde', kind: 'plain' },
  created: { label: 'Nieuwe acties', kind: 'number' },
  newLines: { label: 'Nieuwe actielijnen', kind: 'number' },
  updated: { label: 'Bijgewerkte acties', kind: 'number' },
  closed: { label: 'Ronde gesloten na het importeren', kind: 'boolean' },
  unchanged: { label: 'Ongewijzigd', kind: 'number' },
  skipped: { label: 'Overgeslagen', kind: 'number' },
  saved: { label: 'Opgeslagen', kind: 'number' },
  conflicts: { label: 'Conflicten (niet opgeslagen)', kind: 'number' },
  refused: { label: 'Geweigerd', kind: 'number' },
  invalid: { label: 'Ongeldig', kind: 'number' },
};

/** Words of keys no describer knows yet, so "restoredFromVersion" reads "hersteld van versie". */
const WORDS: Record<string, string> = {
  id: 'nummer', ids: 'nummers', at: 'op', by: 'door', from: 'van', to: 'naar', of: 'van', count: 'aantal',
  version: 'versie', title: 'titel', text: 'tekst', comment: 'opmerking', reason: 'reden', date: 'datum',
  state: 'stand', status: 'status', review: 'controle', entry: 'actie in ronde', entries: 'acties',
  action: 'actie', line: 'actielijn', round: 'ronde', plan: 'plan', organisation: 'organisatie', user: 'account',
  answer: 'antwoord', archived: 'gearchiveerd', restored: 'hersteld', ready: 'klaar', marked: 'gezet', lead: 'trekker',
  previous: 'vorige', new: 'nieuwe', kind: 'soort', deadline: 'termijn', name: 'naam', undone: 'ongedaan gemaakt',
};

/** A readable Dutch name for a key: its label, or its words ("someNewKey" → "Some new key"). */
export function fieldLabel(key: string): string {
  if (Object.hasOwn(FIELDS, key)) return FIELDS[key]!.label;
  const parts = key.split(/(?=[A-Z])|[_\s-]+/).filter(Boolean).map((word) => WORDS[word.toLowerCase()] ?? word.toLowerCase());
  const text = parts.join(' ') || 'veld';
  return text[0]!.toUpperCase() + text.slice(1);
}

export function fieldKind(key: string): Kind {
  return Object.hasOwn(FIELDS, key) ? FIELDS[key]!.kind : 'plain';
}

/** The keys of before and after in the order FIELDS lists them, unknown keys after. */
export function orderedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const order = Object.keys(FIELDS);
  return [...keys].sort((a, b) => rank(order, a) - rank(order, b));
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

const ENUMS: Record<string, string>[] = [REVIEW_STATE_LABELS, ROUND_STATE_LABELS, MAIL_STATE_LABELS, ROLE_LABELS, STATUS_LABELS];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/;
const EMPTY = '—';

function label(labels: Record<string, string>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value]! : readableString(value);
}

/** A string as shown: Dutch dates, a code by any label that knows it, else in lower-case words. */
function readableString(value: string): string {
  if (ISO_DATE.test(value)) return formatDutchDate(isoDateToDate(value));
  if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
  if (CODE.test(value)) {
    const known = ENUMS.find((labels) => Object.hasOwn(labels, value));
    return known ? known[value]! : value.toLowerCase().replaceAll('_', ' ');
  }
  return value;
}

/** Any value as Dutch text: what an unknown key holds, and the parts of a known one. */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return value.toLocaleString('nl-NL');
  if (typeof value === 'string') return readableString(value);
  if (Array.isArray(value)) return value.length === 0 ? 'geen' : value.map(readableValue).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? EMPTY : entries.map(([key, v]) => `${fieldLabel(key).toLowerCase()}: ${readableValue(v)}`).join('; ');
  }
  return String(value);
}

export const lineName = (line: { code: string; title: string }) => `${line.code}. ${line.title}`;

/** The value of `key` in Dutch, for a line about an `entityType`. */
export function formatField(key: string, value: unknown, entityType: string, names: AuditNames): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  const id = typeof value === 'number' ? value : NaN;
  switch (fieldKind(key)) {
    case 'date':
      // A calendar date, also as Prisma wrote one (UTC midnight): the day, never shifted by a time zone.
      return typeof value === 'string' && ISO_DATE_TIME.test(value) ? readableValue(value.slice(0, 10)) : readableValue(value);
    case 'position':
      return typeof value === 'number' ? `${value + 1}e` : readableValue(value);
    case 'status':
      return typeof value === 'string' ? label(STATUS_LABELS, value) : readableValue(value);
    case 'reviewState':
      return typeof value === 'string' ? label(REVIEW_STATE_LABELS, value) : readableValue(value);
    case 'state':
      if (typeof value !== 'string') return readableValue(value);
      return label(entityType === 'mail' ? MAIL_STATE_LABELS : entityType === 'entry' ? REVIEW_STATE_LABELS : ROUND_STATE_LABELS, value);
    case 'role':
      return typeof value === 'string' ? label(ROLE_LABELS, value).toLowerCase() : readableValue(value);
    case 'organisation':
      return names.organisations[id] ?? (Number.isFinite(id) ? `organisatie nr. ${id}` : readableValue(value));
    case 'organisations':
      if (!Array.isArray(value)) return readableValue(value);
      if (value.length === 0) return 'geen organisatie';
      return organisationsText(value.map((v) => formatField('organisationId', v, entityType, names)));
    case 'line':
      return names.lines[id] ? lineName(names.lines[id]) : Number.isFinite(id) ? `actielijn nr. ${id}` : readableValue(value);
    case 'plan':
      return names.plans[id]?.title ?? (Number.isFinite(id) ? `plan nr. ${id}` : readableValue(value));
    case 'round':
      return names.rounds[id]?.title ?? (Number.isFinite(id) ? `ronde nr. ${id}` : readableValue(value));
    case 'completeness':
      return completenessText(value);
    default:
      return readableValue(value);
  }
}

function completenessText(value: unknown): string {
  if (!Array.isArray(value)) return readableValue(value);
  const parts = value.flatMap((item: unknown) => {
    const { category, count } = (item ?? {}) as { category?: unknown; count?: unknown };
    const known = typeof category === 'string' && Object.hasOwn(COMPLETENESS_LABELS, category);
    return known && typeof count === 'number' ? [`${COMPLETENESS_LABELS[category as keyof typeof COMPLETENESS_LABELS]} (${count})`] : [];
  });
  return parts.length === 0 ? 'niets openstaand' : parts.join(', ');
}
