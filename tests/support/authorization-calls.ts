import type { ReviewState, RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import type { Actor } from '@/lib/auth/session-user';
import { isoDateToDate } from '@/lib/dates';
import { createAction } from '@/lib/actions/create-action';
import { moveAction } from '@/lib/actions/move-action';
import { reorderAction } from '@/lib/actions/reorder-action';
import { setActionDiscontinued } from '@/lib/actions/set-action-discontinued';
import { updateAction } from '@/lib/actions/update-action';
import { createLine } from '@/lib/lines/create-line';
import { moveLine } from '@/lib/lines/move-line';
import { setLineArchived } from '@/lib/lines/set-line-archived';
import { updateLine } from '@/lib/lines/update-line';
import { createOrganisation as createOrganisationUseCase } from '@/lib/organisations/create-organisation';
import { updateOrganisation } from '@/lib/organisations/update-organisation';
import { createPlan } from '@/lib/plan-editing/create-plan';
import { updatePlan } from '@/lib/plan-editing/update-plan';
import { answerEntry } from '@/lib/review/answer-entry';
import { approveEntries } from '@/lib/review/approve-entries';
import { approveEntry } from '@/lib/review/approve-entry';
import { undoReview } from '@/lib/review/undo-review';
import { returnEntry } from '@/lib/review/return-entry';
import { remindRoundNow } from '@/lib/mail/remind-round-now';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { deleteRound } from '@/lib/rounds/delete-round';
import { editRound } from '@/lib/rounds/edit-round';
import { editRoundLineIntro } from '@/lib/rounds/edit-round-line-intro';
import { lineIntroVersion } from '@/lib/rounds/line-intro-version';
import { openRound } from '@/lib/rounds/open-round';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { publishRound } from '@/lib/rounds/publish-round';
import { reopenRound } from '@/lib/rounds/reopen-round';
import { restoreVersion } from '@/lib/updates/restore-version';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { createUser as createUserUseCase } from '@/lib/users/create-user';
import { resendInvitation } from '@/lib/users/resend-invitation';
import { updateUser } from '@/lib/users/update-user';
import { changeOwnPassword } from '@/lib/accounts/change-own-password';
import { setOwnReminders } from '@/lib/accounts/set-own-reminders';
import { createOrganisation, createReportedAction, createUser, deadlineInDays } from './editing-factories';
import { IMPORT_CALLS } from './authorization-import-calls';

/**
 * The world of one matrix case: an action that three organisations are responsible for (the lead
 * first), reported in a round of `state`, a neighbouring line and action, and one account per role.
 */
export async function createMatrixFixture(db: Database, state: RoundState, reviewState: ReviewState | undefined) {
  const lead = await createOrganisation(db);
  const second = await createOrganisation(db);
  const third = await createOrganisation(db);
  const other = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [lead.id, second.id, third.id], state, reviewState });
  const otherLine = await db.actionLine.create({
    data: { planId: reported.plan.id, key: 'l2', code: '2b', title: 'Andere lijn', position: 1 },
  });
  await db.action.create({ data: { planId: reported.plan.id, lineId: reported.line.id, key: 'a2', title: 'Buur', position: 1 } });
  // A round in the same state in a plan of its own, without entries: one a concept can be deleted from.
  const barePlan = await db.plan.create({ data: { slug: `${reported.plan.slug}-leeg`, title: 'Leeg plan' } });
  const bareRound = await db.reportingRound.create({
    data: { planId: barePlan.id, key: 'leeg', title: 'Lege ronde', date: isoDateToDate('2026-01-01'), state },
  });
  const users = {
    ministry: await createUser(db, { role: 'MINISTRY_EDITOR' }),
    leadPartner: await createUser(db, { organisationId: lead.id }),
    thirdPartner: await createUser(db, { organisationId: third.id }),
    otherPartner: await createUser(db, { organisationId: other.id }),
  };
  // Invited, no password chosen yet.
  const invited = await db.user.create({
    data: { email: `uitgenodigd-${lead.id}@voorbeeld.nl`, name: 'Uitgenodigd', role: 'PARTNER_EDITOR', organisationId: lead.id },
  });
  return { ...reported, lead, other, otherLine, bareRound, users, invited };
}

export type MatrixFixture = Awaited<ReturnType<typeof createMatrixFixture>>;

export type Call = {
  permission: string;
  run: (f: MatrixFixture, user: Actor) => Promise<unknown>;
  /** What the case needs beyond the fixture, written before the tables are compared. */
  prepare?: (db: Database, f: MatrixFixture) => Promise<void>;
};

const answer: Call = { permission: 'entry.answer', run: (f, user) => answerEntry({ user, entryId: f.entry.id, body: 'De datum volgt in maart.' }) };

const content = { status: 'DELAYED' as const, result: 'Nieuwe stand van zaken', planning: 'voorjaar 2027' };
const save: Call = {
  permission: 'update.save',
  run: (f, user) => saveActionUpdate({ user, entryId: f.entry.id, baseVersion: 1, content }),
};

/** Each mutation as the matrix calls it, with input that is valid for the fixture. */
export const MUTATION_CALLS = {
  'update.save': save,
  'update.save van een goedgekeurde actie': save,
  'update.markReady': {
    permission: 'update.markReady',
    // The text as it stands: only the review state changes.
    run: (f, user) =>
      saveActionUpdate({
        user,
        entryId: f.entry.id,
        baseVersion: 1,
        content: { status: 'IN_PROGRESS', result: 'Vorige tekst', planning: 'eind 2026' },
        markReady: true,
      }),
  },
  'entry.approve': { permission: 'entry.approve', run: (f, user) => approveEntry({ user, entryId: f.entry.id, version: 1 }) },
  'entry.approve van een selectie': {
    permission: 'entry.approve',
    run: (f, user) => approveEntries({ user, entries: [{ entryId: f.entry.id, version: 1 }] }),
  },
  'entry.undoReview': {
    permission: 'entry.undoReview',
    // The fixture's entry is approved (reviewState APPROVED); its approval as approveEntry audits it.
    prepare: async (db, f) => {
      await db.auditLogEntry.create({
        data: {
          actorId: f.users.ministry.id,
          permission: 'entry.approve',
          entityType: 'entry',
          entityId: String(f.entry.id),
          before: { reviewState: 'READY_FOR_REVIEW', reviewComment: null, reviewedById: null, reviewedAt: null, version: 1 },
          after: { reviewState: 'APPROVED', version: 1 },
        },
      });
    },
    run: (f, user) => undoReview({ user, entryId: f.entry.id, version: 1, reviewState: 'APPROVED' }),
  },
  'entry.return': {
    permission: 'entry.return',
    run: (f, user) => returnEntry({ user, entryId: f.entry.id, version: 1, comment: 'Graag de datum preciseren.' }),
  },
  'entry.answer': answer,
  'entry.answer op een actie die niet is teruggestuurd': answer,
  'update.save: een eerdere versie terugzetten': {
    permission: 'update.save',
    // A second version, so that version 1 differs from the current one.
    prepare: async (db, f) => {
      const second = await db.actionUpdate.create({
        data: { entryId: f.entry.id, version: 2, title: 'Een actie', status: 'DELAYED', result: 'Tweede tekst', planning: 'zomer 2027' },
      });
      await db.actionEntry.update({ where: { id: f.entry.id }, data: { currentUpdateId: second.id } });
    },
    run: (f, user) => restoreVersion({ user, entryId: f.entry.id, version: 1, baseVersion: 2 }),
  },
  'round.create': {
    permission: 'round.create',
    run: (f, user) => createRound({ user, planId: f.plan.id, title: 'Nieuwe ronde', date: '2027-01-01' }),
  },
  ...IMPORT_CALLS,
  'round.open': { permission: 'round.open', run: (f, user) => openRound({ user, roundId: f.round.id, deadline: deadlineInDays() }) },
  'round.close': { permission: 'round.close', run: (f, user) => closeRound({ user, roundId: f.round.id }) },
  'round.publish': {
    permission: 'round.publish',
    run: (f, user) => publishRound({ user, roundId: f.round.id, accepted: COMPLETENESS_CATEGORIES }),
  },
  'round.publish zonder de openstaande punten te accepteren': {
    permission: 'round.publish',
    run: (f, user) => publishRound({ user, roundId: f.round.id, accepted: [] }),
  },
  'round.edit': {
    permission: 'round.edit',
    run: (f, user) => editRound({ user, roundId: f.round.id, title: 'Hernoemde ronde', date: '2026-02-01', deadline: deadlineInDays() }),
  },
  'round.delete': { permission: 'round.delete', run: (f, user) => deleteRound({ user, roundId: f.bareRound.id }) },
  'round.reopen': { permission: 'round.reopen', run: (f, user) => reopenRound({ user, roundId: f.round.id }) },
  'round.remind': { permission: 'round.remind', run: (f, user) => remindRoundNow({ user, roundId: f.round.id }) },
  'round.editIntro': {
    permission: 'round.editIntro',
    run: (f, user) =>
      editRoundLineIntro({ user, roundId: f.round.id, lineId: f.line.id, text: 'Een nieuwe inleiding.', baseVersion: lineIntroVersion('') }),
  },
  'plan.create': { permission: 'plan.create', run: (_f, user) => createPlan({ user, title: 'Een nieuw plan', summary: '' }) },
  'plan.edit': {
    permission: 'plan.edit',
    run: (f, user) => updatePlan({ user, planId: f.plan.id, title: 'Hernoemd plan', summary: 'Kort' }),
  },
  'line.create': {
    permission: 'line.create',
    run: (f, user) => createLine({ user, planId: f.plan.id, code: '2', title: 'Tweede lijn', opgave: '' }),
  },
  'line.edit': {
    permission: 'line.edit',
    run: (f, user) => updateLine({ user, lineId: f.line.id, code: '1', title: 'Hernoemde lijn', opgave: '' }),
  },
  'line.reorder': { permission: 'line.reorder', run: (f, user) => moveLine({ user, lineId: f.line.id, direction: 'down' }) },
  // The neighbouring line has no actions, so it may be archived.
  'line.archive': { permission: 'line.archive', run: (f, user) => setLineArchived({ user, lineId: f.otherLine.id, archived: true }) },
  'action.create': {
    permission: 'action.create',
    run: (f, user) =>
      createAction({ user, planId: f.plan.id, lineId: f.line.id, title: 'Nog een actie', description: '', organisationIds: [f.lead.id] }),
  },
  'action.rename': {
    permission: 'action.rename',
    run: (f, user) =>
      updateAction({ user, actionId: f.action.id, title: 'Hernoemde actie', description: '', organisationIds: [f.lead.id] }),
  },
  'action.move': { permission: 'action.move', run: (f, user) => moveAction({ user, actionId: f.action.id, lineId: f.otherLine.id }) },
  'action.reorder': { permission: 'action.reorder', run: (f, user) => reorderAction({ user, actionId: f.action.id, direction: 'down' }) },
  'action.discontinue': {
    permission: 'action.discontinue',
    run: (f, user) => setActionDiscontinued({ user, actionId: f.action.id, discontinued: true, reason: 'Opgegaan in actie 2.' }),
  },
  'organisation.create': {
    permission: 'organisation.create',
    run: (f, user) => createOrganisationUseCase({ user, abbreviation: `N${f.lead.id}`, name: 'Nieuwe organisatie', aliases: [] }),
  },
  'organisation.edit': {
    permission: 'organisation.edit',
    run: (f, user) =>
      updateOrganisation({ user, organisationId: f.lead.id, abbreviation: f.lead.abbreviation, name: 'Andere naam', aliases: [] }),
  },
  'user.create': {
    permission: 'user.create',
    run: (f, user) =>
      createUserUseCase({
        user,
        email: `nieuw-${f.lead.id}@voorbeeld.nl`,
        name: 'Nieuw',
        role: 'PARTNER_EDITOR',
        organisationId: f.lead.id,
      }),
  },
  'user.edit': {
    permission: 'user.edit',
    run: (f, user) =>
      updateUser({ user, userId: f.users.leadPartner.id, name: 'Hernoemd', role: 'PARTNER_EDITOR', organisationId: f.lead.id, active: false }),
  },
  'user.invite': { permission: 'user.invite', run: (f, user) => resendInvitation({ user, userId: f.invited.id }) },
  'account.changePassword': {
    permission: 'account.changePassword',
    run: (_f, user) =>
      changeOwnPassword({ user, currentPassword: 'een-goed-wachtwoord', newPassword: 'een-nieuw-wachtwoord', ip: '10.0.0.9', device: null }),
  },
  'account.setReminders': { permission: 'account.setReminders', run: (_f, user) => setOwnReminders({ user, remindersEnabled: false }) },
} satisfies Record<string, Call>;
