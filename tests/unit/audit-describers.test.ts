/** The audit log in Dutch: every permission, every field, and what a key or code no one described yet reads like. */
import { describe, expect, it } from 'vitest';
import { AUDIT_SAMPLES, SAMPLE_NAMES, sampleRow } from './fixtures/audit-samples';
import { AUDIT_PERMISSION_LABELS } from '@/lib/audit/audit-labels';
import { fieldLabel, formatField, NO_NAMES } from '@/lib/audit/audit-fields';
import { CHANGE_PERMISSIONS, changeKindGroups, permissionLabel } from '@/lib/audit/audit-words';
import { changeText, describeActor, describeAuditLine, describeChanges } from '@/lib/audit/describe-audit-line';
import { LINK_PERMISSIONS, PERMISSIONS } from '@/lib/auth/permissions';

const EVERY_PERMISSION = [...PERMISSIONS, ...LINK_PERMISSIONS];
/** What must never reach a reader: enum codes, JSON, English camelCase keys, permission codes. */
const RAW = /[A-Z]{2,}_[A-Z]|\{"|":|\b[a-z]+[A-Z][a-z]+\b|\b(update|entry|round|line|action|user|account)\.[a-z]/;

function lineText(permission: string) {
  const line = describeAuditLine(sampleRow(permission, AUDIT_SAMPLES[permission as keyof typeof AUDIT_SAMPLES]), SAMPLE_NAMES, { all: true });
  return { line, text: [line.actor, line.what, line.subjectText, line.summary ?? '', ...line.changes.map(changeText)].join('\n') };
}

describe('every permission reads in Dutch', () => {
  it('has a label for every permission of the typed table and every link permission', () => {
    expect(Object.keys(AUDIT_PERMISSION_LABELS).sort()).toEqual([...EVERY_PERMISSION].sort());
    for (const permission of EVERY_PERMISSION) expect(permissionLabel(permission)).toBe(AUDIT_PERMISSION_LABELS[permission]);
  });

  it.each(EVERY_PERMISSION)('describes a line of %s without codes or JSON, every field by a Dutch label', (permission) => {
    const { line, text } = lineText(permission);
    expect(text).not.toMatch(RAW);
    expect(line.what).toBe(AUDIT_PERMISSION_LABELS[permission]);
  });

  it('offers every permission that changes something as a kind of change, grouped, and none that only looks', () => {
    const offered = changeKindGroups().flatMap((group) => group.options.map((option) => option.value));
    expect(offered.sort()).toEqual([...CHANGE_PERMISSIONS].sort());
    expect(offered).not.toContain('audit.view');
    expect(offered).toContain('password.requestReset');
    expect(changeKindGroups().map((group) => group.label)).not.toContain('Overig');
  });

  it('reads a permission no one labelled yet as Dutch made of its parts', () => {
    expect(permissionLabel('plan.archive')).toBe('plan gearchiveerd');
    expect(permissionLabel('update.restore')).toBe('stand van zaken hersteld');
    expect(permissionLabel('entry.restore')).toBe('actie in ronde hersteld');
    expect(permissionLabel('round.undoPublish')).toBe('ronde ongedaan gemaakt');
    expect(permissionLabel('widget.frobnicate')).toBe('wijziging aan onderdeel');
  });
});

describe('fields before and after', () => {
  it('shows a partner’s save as status labels and a word diff of result and planning', () => {
    const changes = describeChanges(sampleRow('update.save', AUDIT_SAMPLES['update.save']), SAMPLE_NAMES);
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Status', 'nog niet gestart', 'loopt'],
      ['Resultaat / stand van zaken', 'Oude tekst', 'Nieuwe tekst'],
      ['Wanneer (planning)', 'eind 2026', 'voorjaar 2027'],
      ['Versie', '1', '2'],
    ]);
    expect(changes[1]!.diff).toEqual([
      { text: 'Oude', kind: 'removed' },
      { text: 'Nieuwe', kind: 'added' },
      { text: ' tekst', kind: 'same' },
    ]);
    expect(changes[0]!.diff).toBeNull();
  });

  it('names review states, round and mail states, roles and booleans in Dutch', () => {
    const row = (permission: keyof typeof AUDIT_SAMPLES) => describeChanges(sampleRow(permission, AUDIT_SAMPLES[permission]), SAMPLE_NAMES);
    expect(row('update.markReady').map(changeText)).toEqual(['Controle: in bewerking → klaar voor controle']);
    expect(row('round.close').map(changeText)).toEqual(['Stand: open voor invoer → gesloten']);
    expect(row('mail.resend').map(changeText)).toEqual(['Stand: mislukt → in de wachtrij', 'Pogingen: 5 (was)']);
    expect(row('user.edit').map(changeText)).toEqual([
      'Rol: redacteur partnerorganisatie → redacteur ministerie',
      'Organisatie: JN → —',
      'Actief: ja → nee',
    ]);
    expect(row('account.setReminders').map(changeText)).toEqual(['Herinneringen per e-mail: ja → nee']);
  });

  it('writes dates in Dutch (a calendar date never shifted by the time zone), organisations by abbreviation with the trekker, lines by code', () => {
    expect(formatField('date', '2026-12-01', 'round', NO_NAMES)).toBe('1 december 2026');
    expect(formatField('date', '2026-12-01T00:00:00.000Z', 'round', NO_NAMES)).toBe('1 december 2026');
    expect(formatField('inputDeadline', '2026-12-02T22:59:00.000Z', 'round', NO_NAMES)).toBe('2 december 2026 om 23:59');
    expect(formatField('organisationIds', [11, 10], 'action', SAMPLE_NAMES)).toBe('NVP (trekker), JN');
    expect(formatField('organisationIds', [], 'action', SAMPLE_NAMES)).toBe('geen organisatie');
    expect(formatField('lineId', 3, 'action', SAMPLE_NAMES)).toBe('A1. Werving');
    expect(formatField('lineId', 99, 'action', SAMPLE_NAMES)).toBe('actielijn nr. 99');
    expect(formatField('position', 0, 'action', NO_NAMES)).toBe('1e');
    expect(formatField('aliases', ['NJI', 'NJi'], 'organisation', NO_NAMES)).toBe('NJI, NJi');
    expect(formatField('aliases', [], 'organisation', NO_NAMES)).toBe('geen');
  });

  it('names a key no describer knows readably, and its codes and objects as Dutch text', () => {
    expect(fieldLabel('restoredFromVersion')).toBe('Hersteld van versie');
    expect(fieldLabel('undoneAt')).toBe('Ongedaan gemaakt op');
    expect(fieldLabel('someOtherThing')).toBe('Some other thing');
    expect(formatField('previousReviewState', 'READY_FOR_REVIEW', 'entry', NO_NAMES)).toBe('klaar voor controle');
    expect(formatField('kind', 'SOME_NEW_CODE', 'entry', NO_NAMES)).toBe('some new code');
    expect(formatField('flags', { ready: true, count: 2 }, 'entry', NO_NAMES)).toBe('klaar: ja; aantal: 2');
    expect(formatField('archived', false, 'line', NO_NAMES)).toBe('nee');
  });

  it('shows only what an edit changed; a creation or an event whole; the permalink every field', () => {
    const edit = sampleRow('plan.edit', AUDIT_SAMPLES['plan.edit']);
    expect(describeChanges(edit, SAMPLE_NAMES).map((c) => c.label)).toEqual(['Samenvatting']);
    expect(describeChanges(edit, SAMPLE_NAMES, true).map((c) => [c.label, c.changed])).toEqual([
      ['Titel', false],
      ['Samenvatting', true],
      ['Adres', false],
    ]);
    expect(describeChanges(sampleRow('action.create', AUDIT_SAMPLES['action.create']), SAMPLE_NAMES).map(changeText)).toEqual([
      'Titel: Actie',
      'Omschrijving: Omschrijving',
      'Verantwoordelijk: JN (trekker), NVP',
      'Plan: Actieplan Pleegzorg',
      'Actielijn: A1. Werving',
      'Plaats: 1e',
    ]);
  });
});

describe('who and what', () => {
  it('names the actor with the organisation they acted for, the ministry, the command line, or a reset without sign-in', () => {
    expect(describeActor({ actorId: 20, actorOrganisationId: 10, permission: 'update.save' }, SAMPLE_NAMES)).toBe('Petra Partner (JN)');
    expect(describeActor({ actorId: 21, actorOrganisationId: null, permission: 'entry.approve' }, SAMPLE_NAMES)).toBe('Mira Ministerie (ministerie)');
    expect(describeActor({ actorId: null, actorOrganisationId: null, permission: 'user.create' }, SAMPLE_NAMES)).toBe('opdrachtregel');
    expect(describeActor({ actorId: null, actorOrganisationId: null, permission: 'password.requestReset' }, SAMPLE_NAMES)).toBe(
      'iemand zonder inlog (wachtwoord vergeten)',
    );
  });

  it('names an entry as its action in its round of its plan, with links to the action and the entry', () => {
    const { line } = lineText('update.save');
    expect(line.subjectText).toBe('actie ‘Nieuwe campagne’ in ronde ‘Najaar 2026’ (Actieplan Pleegzorg)');
    expect(line.subject.filter((part) => part.href).map((part) => part.href)).toEqual(['/beheer/plannen/1/acties/9', '/beheer/rondes/5/acties/30']);
    expect(line.atText).toBe('2 december 2026 om 10:15');
  });

  it('names a deleted round from its own line', () => {
    const row = sampleRow('round.delete', AUDIT_SAMPLES['round.delete'], { entityId: '77', roundId: 77 });
    expect(describeAuditLine(row, SAMPLE_NAMES).subjectText).toBe('ronde ‘Weg’ (Actieplan Pleegzorg), verwijderd');
  });

  it('says in words what a publication accepted, once', () => {
    const { line } = lineText('round.publish');
    expect(line.summary).toBe('Geaccepteerd bij publicatie: ongewijzigd sinds de vorige rapportage (2).');
    expect(line.changes.map((c) => c.key)).not.toContain('accepted');
  });
});
