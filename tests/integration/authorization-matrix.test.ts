/**
 * The authorization matrix, against Postgres: every role × every mutation × an action of the
 * user's own or another organisation × every round state. Each case either succeeds (and writes
 * an audit line) or is refused with a typed error and leaves every table exactly as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoundState } from '@/lib/generated/prisma/client';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser, snapshotDatabase } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import type { Actor } from '@/lib/auth/session-user';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createAction } from '@/lib/actions/create-action';
import { moveAction } from '@/lib/actions/move-action';
import { reorderAction } from '@/lib/actions/reorder-action';
import { setActionDiscontinued } from '@/lib/actions/set-action-discontinued';
import { updateAction } from '@/lib/actions/update-action';
import { createLine } from '@/lib/lines/create-line';
import { moveLine } from '@/lib/lines/move-line';
import { updateLine } from '@/lib/lines/update-line';
import { createOrganisation as createOrganisationUseCase } from '@/lib/organisations/create-organisation';
import { updateOrganisation } from '@/lib/organisations/update-organisation';
import { createPlan } from '@/lib/plan-editing/create-plan';
import { updatePlan } from '@/lib/plan-editing/update-plan';
import { approveEntry } from '@/lib/review/approve-entry';
import { returnEntry } from '@/lib/review/return-entry';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { publishRound } from '@/lib/rounds/publish-round';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { createUser as createUserUseCase } from '@/lib/users/create-user';
import { updateUser } from '@/lib/users/update-user';

// publishRound revalidates Next's caches, which needs a Next request; the real server's tests
// (production-server-publications.test.ts) cover that path.
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const STATES: RoundState[] = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'];
type Role = 'ministerie' | 'partner, eigen actie' | 'partner, andere organisatie' | 'lezer (niet ingelogd)';
const ROLES: Role[] = ['ministerie', 'partner, eigen actie', 'partner, andere organisatie', 'lezer (niet ingelogd)'];

type Fixture = Awaited<ReturnType<typeof createFixture>>;
type Mutation = {
  name: string;
  reviewState?: 'NOT_STARTED' | 'IN_PROGRESS' | 'READY_FOR_REVIEW';
  /** Whether `role` may do it in a round of `state`. */
  allowed: (role: Role, state: RoundState) => boolean;
  run: (f: Fixture, user: Actor) => Promise<unknown>;
};

const ministry = (role: Role) => role === 'ministerie';
const content = { status: 'DELAYED' as const, result: 'Nieuwe stand van zaken', planning: 'voorjaar 2027' };

const MUTATIONS: Mutation[] = [
  {
    name: 'update.save',
    allowed: (role, state) =>
      (ministry(role) && (state === 'OPEN' || state === 'CLOSED')) || (role === 'partner, eigen actie' && state === 'OPEN'),
    run: (f, user) => saveActionUpdate({ user, entryId: f.entry.id, baseVersion: 1, content }),
  },
  {
    name: 'update.markReady',
    reviewState: 'IN_PROGRESS',
    allowed: (role, state) => role === 'partner, eigen actie' && state === 'OPEN',
    run: (f, user) =>
      saveActionUpdate({ user, entryId: f.entry.id, baseVersion: 1, content: { ...content, status: 'IN_PROGRESS', result: 'Vorige tekst', planning: 'eind 2026' }, markReady: true }),
  },
  {
    name: 'entry.approve',
    reviewState: 'READY_FOR_REVIEW',
    allowed: (role, state) => ministry(role) && (state === 'OPEN' || state === 'CLOSED'),
    run: (f, user) => approveEntry({ user, entryId: f.entry.id, version: 1 }),
  },
  {
    name: 'entry.return',
    reviewState: 'READY_FOR_REVIEW',
    allowed: (role, state) => ministry(role) && state === 'OPEN',
    run: (f, user) => returnEntry({ user, entryId: f.entry.id, version: 1, comment: 'Graag de datum preciseren.' }),
  },
  {
    name: 'round.create',
    // One round at a time: only a plan whose rounds are all published gets a new one.
    allowed: (role, state) => ministry(role) && state === 'PUBLISHED',
    run: (f, user) => createRound({ user, planId: f.plan.id, title: 'Nieuwe ronde', date: '2027-01-01' }),
  },
  { name: 'round.open', allowed: (role, state) => ministry(role) && state === 'DRAFT', run: (f, user) => openRound({ user, roundId: f.round.id }) },
  { name: 'round.close', allowed: (role, state) => ministry(role) && state === 'OPEN', run: (f, user) => closeRound({ user, roundId: f.round.id }) },
  {
    name: 'round.publish',
    allowed: (role, state) => ministry(role) && state === 'CLOSED',
    run: (f, user) => publishRound({ user, roundId: f.round.id }),
  },
  { name: 'plan.create', allowed: ministry, run: (_f, user) => createPlan({ user, title: 'Een nieuw plan', summary: '' }) },
  { name: 'plan.edit', allowed: ministry, run: (f, user) => updatePlan({ user, planId: f.plan.id, title: 'Hernoemd plan', summary: 'Kort' }) },
  {
    name: 'line.create',
    allowed: ministry,
    run: (f, user) => createLine({ user, planId: f.plan.id, code: '2', title: 'Tweede lijn', opgave: '' }),
  },
  {
    name: 'line.edit',
    allowed: ministry,
    run: (f, user) => updateLine({ user, lineId: f.line.id, code: '1', title: 'Hernoemde lijn', opgave: '' }),
  },
  { name: 'line.reorder', allowed: ministry, run: (f, user) => moveLine({ user, lineId: f.line.id, direction: 'down' }) },
  {
    name: 'action.create',
    allowed: ministry,
    run: (f, user) =>
      createAction({ user, planId: f.plan.id, lineId: f.line.id, title: 'Nog een actie', description: '', organisationIds: [f.own.id] }),
  },
  {
    name: 'action.rename',
    allowed: ministry,
    run: (f, user) =>
      updateAction({ user, actionId: f.action.id, title: 'Hernoemde actie', description: '', organisationIds: [f.own.id] }),
  },
  { name: 'action.move', allowed: ministry, run: (f, user) => moveAction({ user, actionId: f.action.id, lineId: f.otherLine.id }) },
  { name: 'action.reorder', allowed: ministry, run: (f, user) => reorderAction({ user, actionId: f.action.id, direction: 'down' }) },
  {
    name: 'action.discontinue',
    allowed: ministry,
    run: (f, user) => setActionDiscontinued({ user, actionId: f.action.id, discontinued: true }),
  },
  {
    name: 'organisation.create',
    allowed: ministry,
    run: (f, user) => createOrganisationUseCase({ user, abbreviation: `N${f.own.id}`, name: 'Nieuwe organisatie', aliases: [] }),
  },
  {
    name: 'organisation.edit',
    allowed: ministry,
    run: (f, user) => updateOrganisation({ user, organisationId: f.own.id, abbreviation: f.own.abbreviation, name: 'Andere naam', aliases: [] }),
  },
  {
    name: 'user.create',
    allowed: ministry,
    run: (f, user) =>
      createUserUseCase({
        user,
        email: `nieuw-${f.own.id}@voorbeeld.nl`,
        name: 'Nieuw',
        role: 'PARTNER_EDITOR',
        organisationId: f.own.id,
        password: 'een-goed-wachtwoord',
      }),
  },
  {
    name: 'user.edit',
    allowed: ministry,
    run: (f, user) =>
      updateUser({ user, userId: f.users.ownPartner.id, name: 'Hernoemd', role: 'PARTNER_EDITOR', organisationId: f.own.id, active: false }),
  },
];

async function createFixture(state: RoundState, reviewState: Mutation['reviewState']) {
  const own = await createOrganisation(db);
  const other = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [own.id], state, reviewState });
  // A second line and action, so moving and reordering have somewhere to go.
  const otherLine = await db.actionLine.create({
    data: { planId: reported.plan.id, key: 'l2', code: '2b', title: 'Andere lijn', position: 1 },
  });
  await db.action.create({ data: { planId: reported.plan.id, lineId: reported.line.id, key: 'a2', title: 'Buur', position: 1 } });
  const users = {
    ministry: await createUser(db, { role: 'MINISTRY_EDITOR' }),
    ownPartner: await createUser(db, { organisationId: own.id }),
    otherPartner: await createUser(db, { organisationId: other.id }),
  };
  return { ...reported, own, other, otherLine, users };
}

function actorFor(role: Role, f: Fixture): Actor {
  if (role === 'ministerie') return f.users.ministry;
  if (role === 'partner, eigen actie') return f.users.ownPartner;
  if (role === 'partner, andere organisatie') return f.users.otherPartner;
  return null;
}

describe('authorization matrix', () => {
  // Each case starts from empty tables, so comparing every row before and after stays cheap.
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  for (const mutation of MUTATIONS) {
    describe(mutation.name, () => {
      for (const state of STATES) {
        for (const role of ROLES) {
          const allowed = mutation.allowed(role, state);
          it(`${role}, ronde ${state}: ${allowed ? 'toegestaan' : 'geweigerd'}`, async () => {
            const fixture = await createFixture(state, mutation.reviewState);
            const before = await snapshotDatabase(db);
            const outcome = await mutation.run(fixture, actorFor(role, fixture)).then(
              () => null,
              (error: unknown) => error,
            );
            const after = await snapshotDatabase(db);
            if (allowed) {
              expect(outcome).toBeNull();
              expect(after.audit).toBeGreaterThan(before.audit);
            } else {
              expect(outcome).toBeInstanceOf(Error);
              expect([ForbiddenError, NotFoundError, ValidationError].some((type) => outcome instanceof type)).toBe(true);
              expect(after).toEqual(before);
            }
          });
        }
      }
    });
  }
});
