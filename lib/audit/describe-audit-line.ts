import { describeAuditEntry } from '@/lib/audit/audit-labels';
import { fieldKind, fieldLabel, formatField, lineName, orderedKeys, type AuditNames } from '@/lib/audit/audit-fields';
import { permissionLabel } from '@/lib/audit/audit-words';
import { formatDateTime } from '@/lib/format-date-time';
import { wordDiff, type TextPart } from '@/lib/plans/compare-rows';

/**
 * One line of the audit log in Dutch: who (name and organisation, "ministerie", "opdrachtregel")
 * did what (the permission's label) to which subject ("actie ‘…’ in ronde ‘…’ (plan)", with links),
 * and the before and after as Dutch fields, text fields as a word diff. Pure, for the page, the
 * permalink and the CSV export.
 */

/** An audit line as read from the database. */
export type AuditRow = {
  id: number;
  permission: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actorId: number | null;
  actorOrganisationId: number | null;
  planId: number | null;
  roundId: number | null;
  actionId: number | null;
};

export type AuditChange = {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A text field that changed, word by word. */
  diff: TextPart[] | null;
  changed: boolean;
};

export type SubjectPart = { text: string; href?: string };

export type AuditLine = {
  id: number;
  at: string;
  atText: string;
  actor: string;
  what: string;
  subject: SubjectPart[];
  subjectText: string;
  summary: string | null;
  changes: AuditChange[];
};

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * The fields of before and after, each in Dutch. `all`: every field, also those that stayed the
 * same (the permalink); otherwise only what changed, or everything of a creation or removal.
 */
export function describeChanges(row: Pick<AuditRow, 'entityType' | 'before' | 'after'>, names: AuditNames, all = false): AuditChange[] {
  const before = record(row.before);
  const after = record(row.after);
  const keys = orderedKeys(before ?? {}, after ?? {}).filter((key) => fieldKind(key) !== 'hidden');
  const changes = keys.map((key): AuditChange => {
    const has = (side: Record<string, unknown> | null) => side !== null && Object.hasOwn(side, key);
    const [was, is] = [before?.[key], after?.[key]];
    const changed = !has(before) || !has(after) || JSON.stringify(was) !== JSON.stringify(is);
    const text = fieldKind(key) === 'text' && typeof was === 'string' && typeof is === 'string' && changed;
    return {
      key,
      label: fieldLabel(key),
      before: has(before) ? formatField(key, was, row.entityType, names) : null,
      after: has(after) ? formatField(key, is, row.entityType, names) : null,
      diff: text ? wordDiff(was, is) : null,
      changed,
    };
  });
  // An edit shows what it changed; a line with only one side (a creation, a removal, an event) shows it whole.
  return all || before === null || after === null ? changes : changes.filter((change) => change.changed);
}

/** Who did it: "Petra Partner (JN)", "Mira Ministerie (ministerie)", "opdrachtregel". */
export function describeActor(row: Pick<AuditRow, 'actorId' | 'actorOrganisationId' | 'permission'>, names: AuditNames): string {
  if (row.actorId === null) return row.permission === 'password.requestReset' ? 'iemand zonder inlog (wachtwoord vergeten)' : 'opdrachtregel';
  const name = names.users[row.actorId] ?? `account nr. ${row.actorId}`;
  const organisation = row.actorOrganisationId === null ? 'ministerie' : (names.organisations[row.actorOrganisationId] ?? 'onbekende organisatie');
  return `${name} (${organisation})`;
}

const quoted = (text: string) => `‘${text}’`;

/** What the line is about, in parts with links: "actie ‘X’ in ronde ‘Y’ (Plan)". */
export function describeSubject(row: AuditRow, names: AuditNames): SubjectPart[] {
  const id = Number(row.entityId);
  const data = { ...record(row.after), ...record(row.before) };
  const planTitle = (planId: number | null | undefined) => (planId != null ? names.plans[planId]?.title : undefined);
  const inPlan = (planId: number | null | undefined): SubjectPart[] => {
    const title = planTitle(planId);
    return title ? [{ text: ` (${title})` }] : [];
  };
  const gone = (noun: string): SubjectPart[] => [{ text: `${noun} ${typeof data.title === 'string' ? quoted(data.title) : `nr. ${row.entityId}`}` }, ...inPlan(row.planId), { text: ', verwijderd' }];
  switch (row.entityType) {
    case 'entry': {
      const entry = names.entries[id];
      const actionId = row.actionId ?? entry?.actionId;
      const roundId = row.roundId ?? entry?.roundId;
      const action = actionId != null ? names.actions[actionId] : undefined;
      const round = roundId != null ? names.rounds[roundId] : undefined;
      if (!action) return [{ text: 'actie in een ronde, beide verwijderd' }];
      if (!round) return [{ text: 'actie ' }, { text: quoted(action.title), href: `/beheer/plannen/${action.planId}/acties/${actionId}` }, { text: ' in een verwijderde ronde' }];
      return [
        { text: 'actie ' },
        { text: quoted(action.title), href: `/beheer/plannen/${action.planId}/acties/${actionId}` },
        { text: ' in ronde ' },
        { text: quoted(round.title), href: `/beheer/rondes/${roundId}/acties/${id}` },
        ...inPlan(round.planId),
      ];
    }
    case 'round': {
      const round = names.rounds[id];
      if (!round) return gone('ronde');
      return [{ text: 'ronde ' }, { text: quoted(round.title), href: `/beheer/rondes/${id}` }, ...inPlan(round.planId)];
    }
    case 'action': {
      const action = names.actions[id];
      if (!action) return gone('actie');
      return [{ text: 'actie ' }, { text: quoted(action.title), href: `/beheer/plannen/${action.planId}/acties/${id}` }, ...inPlan(action.planId)];
    }
    case 'line': {
      const line = names.lines[id];
      if (!line) return gone('actielijn');
      return [{ text: 'actielijn ' }, { text: quoted(lineName(line)), href: `/beheer/plannen/${line.planId}` }, ...inPlan(line.planId)];
    }
    case 'plan': {
      const title = planTitle(id);
      return title ? [{ text: 'plan ' }, { text: quoted(title), href: `/beheer/plannen/${id}` }] : gone('plan');
    }
    case 'organisation': {
      const abbreviation = names.organisations[id];
      return [{ text: 'organisatie ' }, abbreviation ? { text: quoted(abbreviation), href: '/beheer/organisaties' } : { text: `nr. ${row.entityId}` }];
    }
    case 'user': {
      const name = names.users[id];
      return [{ text: 'account ' }, name ? { text: quoted(name), href: `/beheer/gebruikers/${id}` } : { text: `nr. ${row.entityId}` }];
    }
    case 'mail':
      return [{ text: 'bericht ' }, { text: `nr. ${row.entityId}`, href: '/beheer/berichten' }];
    case 'import': {
      const file = typeof data.fileName === 'string' ? ` ${quoted(data.fileName)}` : '';
      return [{ text: 'upload ' }, { text: `nr. ${row.entityId}${file}`, href: `/beheer/importeren/${row.entityId}` }, ...inPlan(row.planId)];
    }
    default:
      return [{ text: `onderdeel nr. ${row.entityId}` }];
  }
}

export function describeAuditLine(row: AuditRow, names: AuditNames, options: { all?: boolean } = {}): AuditLine {
  const subject = describeSubject(row, names);
  const summary = describeAuditEntry(row.permission, row.after);
  const changes = describeChanges(row, names, options.all);
  return {
    id: row.id,
    at: row.createdAt.toISOString(),
    atText: formatDateTime(row.createdAt.toISOString()),
    actor: describeActor(row, names),
    what: permissionLabel(row.permission),
    subject,
    subjectText: subject.map((part) => part.text).join(''),
    summary,
    // The summary already says what a publication accepted.
    changes: summary === null ? changes : changes.filter((change) => change.key !== 'accepted'),
  };
}

/** A change as one line of text, for the CSV: "Status: loopt → vertraagd". */
export function changeText(change: AuditChange): string {
  if (change.before === null) return `${change.label}: ${change.after}`;
  if (change.after === null) return `${change.label}: ${change.before} (was)`;
  return change.changed ? `${change.label}: ${change.before} → ${change.after}` : `${change.label}: ${change.after} (ongewijzigd)`;
}
