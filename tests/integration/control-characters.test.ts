/**
 * A control character (a null byte above all, which Postgres refuses) in any text a user can send:
 * every form's server action refuses it with the field's Dutch message and changes nothing; the
 * search filter and the exports answer with a Dutch message instead of a server error; sign-in
 * treats it as a failed sign-in without touching the attempts table.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState, type FormState } from '@/lib/errors';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleSaveActionUpdate } = await import('@/app/_form-handlers/save-action-update');
const { handleReturnEntry } = await import('@/app/_form-handlers/review-entry');
const { handleCreateRound, handleEditRound, handleOpenRound } = await import('@/app/_form-handlers/rounds');
const { handleCreateUser, handleUpdateUser } = await import('@/app/_form-handlers/users');
const { handleCreateAction, handleDiscontinueAction, handleUpdateAction } = await import('@/app/_form-handlers/actions');
const { handleEditLineIntro } = await import('@/app/_form-handlers/round-intros');
const { handleCreatePlan, handleUpdatePlan, handleCreateLine, handleUpdateLine } = await import('@/app/_form-handlers/plans');
const { handleCreateOrganisation, handleUpdateOrganisation } = await import('@/app/_form-handlers/organisations');
const { GET: exportRoute } = await import('@/app/plannen/[slug]/export/[format]/route');
const { authOptions } = await import('@/lib/auth/auth-options');
const { default: SearchPage } = await import('@/app/plannen/[slug]/zoeken/page');

const NUL = '\u0000';
const refusal = (subject: string) => `${subject} bevat een onzichtbaar stuurteken (U+0000); haal het weg en probeer het opnieuw.`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

describe('control characters in what users send', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('every form refuses a null byte with the field’s message and changes nothing', async () => {
    const organisation = await createOrganisation(db);
    const reported = await createReportedAction(db, { organisationIds: [organisation.id], state: 'OPEN', reviewState: 'READY_FOR_REVIEW' });
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const partner = await createUser(db, { organisationId: organisation.id });
    const planId = String(reported.plan.id);
    const roundId = String(reported.round.id);
    await db.reportingRound.update({ where: { id: reported.round.id }, data: { state: 'PUBLISHED' } });

    const cases: [string, ServerAction, Record<string, string>, string, string, SessionUser][] = [
      ['new plan', handleCreatePlan, { title: `Plan${NUL}`, summary: '' }, 'title', 'De titel', ministry],
      ['plan', handleUpdatePlan, { planId, title: 'Plan', summary: `Samen${NUL}vatting` }, 'summary', 'De samenvatting', ministry],
      ['new line', handleCreateLine, { planId, parentId: '', code: '9', title: 'Lijn', opgave: NUL }, 'opgave', 'De opgave', ministry],
      ['line', handleUpdateLine, { lineId: String(reported.line.id), code: '1', title: `Lijn${NUL}`, opgave: '' }, 'title', 'De titel', ministry],
      ['new action', handleCreateAction, { planId, lineId: String(reported.line.id), title: 'Actie', description: NUL }, 'description', 'De omschrijving', ministry],
      ['action', handleUpdateAction, { actionId: String(reported.action.id), title: `Actie${NUL}`, description: '' }, 'title', 'De titel', ministry],
      ['new organisation', handleCreateOrganisation, { abbreviation: 'NIEUW', name: `Nieuw${NUL}`, aliases: '' }, 'name', 'De naam', ministry],
      [
        'organisation',
        handleUpdateOrganisation,
        { organisationId: String(organisation.id), abbreviation: organisation.abbreviation, name: 'Naam', aliases: `A${NUL}` },
        'aliases',
        'De andere schrijfwijzen',
        ministry,
      ],
      [
        'new account',
        handleCreateUser,
        { email: 'nieuw@voorbeeld.nl', name: `Nieuw${NUL}`, role: 'MINISTRY_EDITOR', organisationId: '' },
        'name',
        'De naam',
        ministry,
      ],
      [
        'account',
        handleUpdateUser,
        { userId: String(partner.id), name: `P${NUL}artner`, role: 'PARTNER_EDITOR', organisationId: String(organisation.id) },
        'name',
        'De naam',
        ministry,
      ],
      ['new round', handleCreateRound, { planId, title: `Ronde${NUL}`, date: '2026-06-01' }, 'title', 'De titel', ministry],
      ['round', handleEditRound, { roundId, title: `Ronde${NUL}`, date: '2026-06-01', deadlineDate: '' }, 'title', 'De titel', ministry],
      ['opening a round', handleOpenRound, { roundId, deadlineDate: `2027-01-15${NUL}` }, 'deadlineDate', 'De inleverdatum', ministry],
      ['opening a round', handleOpenRound, { roundId, deadlineDate: '2027-01-15', deadlineTime: `12:00${NUL}` }, 'deadlineTime', 'De tijd', ministry],
      ['no longer reported', handleDiscontinueAction, { actionId: String(reported.action.id), discontinued: 'true', reason: `Weg${NUL}` }, 'reason', 'De reden', ministry],
      ['line introduction', handleEditLineIntro, { roundId, lineId: String(reported.line.id), text: NUL, baseVersion: '0'.repeat(64) }, 'text', 'De inleiding', ministry],
    ];
    for (const [name, action, fields, field, subject, user] of cases) {
      session.user = user;
      const before = await snapshotTables(db);
      const result = await action(initialFormState, form(fields));
      expect({ name, status: result.status, errors: result.errors?.[field] }).toEqual({ name, status: 'error', errors: [refusal(subject)] });
      expect(await snapshotTables(db)).toEqual(before);
    }
  });

  it('an update and a review comment with a null byte are refused; CRLF is saved as LF', async () => {
    const organisation = await createOrganisation(db);
    const reported = await createReportedAction(db, { organisationIds: [organisation.id], state: 'OPEN', reviewState: 'READY_FOR_REVIEW' });
    const entry = { entryId: String(reported.entry.id) };
    const before = await snapshotTables(db);

    session.user = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const comment = await handleReturnEntry(initialFormState, form({ ...entry, version: '1', comment: `Graag${NUL}` }));
    expect(comment.errors).toEqual({ comment: [refusal('Een toelichting voor de partner')] });

    session.user = await createUser(db, { organisationId: organisation.id });
    const withoutUsers = await snapshotTables(db);
    const update = { ...entry, baseVersion: '1', status: 'IN_PROGRESS', planning: 'eind 2026' };
    const refused = await handleSaveActionUpdate(initialFormState, form({ ...update, result: `Loopt${NUL}` }));
    expect(refused.errors).toEqual({ result: [refusal('Het resultaat of de stand van zaken')] });
    expect({ ...(await snapshotTables(db)), users: before.users }).toEqual({ ...withoutUsers, users: before.users });

    const saved = await handleSaveActionUpdate(initialFormState, form({ ...update, result: 'Eerste regel\r\nTweede regel' }));
    expect(saved.status).toBe('ok');
    const current = await db.actionEntry.findUniqueOrThrow({ where: { id: reported.entry.id }, select: { currentUpdate: { select: { result: true } } } });
    expect(current.currentUpdate?.result).toBe('Eerste regel\nTweede regel');
  });

  it('the exports answer a null byte in the search text with a 400 and a Dutch message', async () => {
    await seedDatabase(db, loadSeedData());
    const message = refusal('De zoektekst');
    for (const format of ['csv', 'json']) {
      const response = await exportRoute(new Request(`http://test/plannen/actieplan-pleegzorg/export/${format}?q=%00`), {
        params: Promise.resolve({ slug: 'actieplan-pleegzorg', format }),
      });
      expect(response.status).toBe(400);
      expect(format === 'json' ? await response.json() : await response.text()).toEqual(format === 'json' ? { error: message } : `${message}\n`);
    }
  });

  it('the search page shows the filter form with the Dutch message for a null byte in the search text', async () => {
    await seedDatabase(db, loadSeedData());
    const page = await SearchPage({ params: Promise.resolve({ slug: 'actieplan-pleegzorg' }), searchParams: Promise.resolve({ q: NUL }) });
    const html = renderToStaticMarkup(page);
    expect(html).toContain(`Een filter in de link is ongeldig (${refusal('De zoektekst')}); alle acties worden getoond.`);
    expect(html).toMatch(/<form role="search"[^>]*method="get"/);
  });

  it('sign-in with a null byte in the address is a failed sign-in and records no attempt', async () => {
    await createUser(db, { email: 'petra@voorbeeld.nl' });
    const credentials = authOptions().providers.find((provider) => provider.id === 'credentials');
    const { authorize } = (credentials as unknown as { options: { authorize: (input: unknown, request: unknown) => Promise<unknown> } }).options;
    const request = { headers: { 'x-forwarded-for': '10.9.0.1' }, body: {}, query: {}, method: 'POST' };
    await expect(authorize({ email: `petra@voorbeeld.nl${NUL}`, password: 'een-goed-wachtwoord' }, request)).resolves.toBeNull();
    expect(await db.signInAttempt.count()).toBe(0);
  });
});
