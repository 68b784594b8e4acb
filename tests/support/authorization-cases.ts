import type { ReviewState, RoundState } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/session-user';
import type { Database } from '@/lib/prisma-client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { ROUND_STATE_LABELS } from '@/lib/rounds/round-states';
import { MUTATION_CALLS, type MatrixFixture } from './authorization-calls';

/**
 * The authorization matrix as a table: for every mutation, role and round state the one outcome
 * expected, either allowed or the exact refusal (error type and Dutch message).
 * Order of the checks: who → may they see this row → the row's state → the input.
 */

export const STATES: RoundState[] = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'];

export const ROLES = [
  'ministerie',
  'partner, eerste verantwoordelijke',
  'partner, medeverantwoordelijke (derde organisatie)',
  'partner, andere organisatie',
  'lezer (niet ingelogd)',
] as const;
export type Role = (typeof ROLES)[number];

export type Refusal = { error: typeof NotFoundError | typeof ForbiddenError | typeof ValidationError; message: string };
export type Outcome = 'toegestaan' | Refusal;

export type MatrixCase = {
  name: string;
  /** The permission an allowed call writes to the audit log. */
  permission: string;
  reviewState?: ReviewState;
  expected: (role: Role, state: RoundState) => Outcome;
  run: (f: MatrixFixture, user: Actor) => Promise<unknown>;
  prepare?: (db: Database, f: MatrixFixture) => Promise<void>;
};

const ALLOWED = 'toegestaan';
const forbidden = (message: string): Refusal => ({ error: ForbiddenError, message });
const SIGN_IN = forbidden('Log in om dit te doen.');
const MINISTRY_ONLY = forbidden('Alleen redacteuren van het ministerie mogen dit.');
const ENTRY_NOT_FOUND: Refusal = { error: NotFoundError, message: 'Deze actie bestaat niet, of valt niet onder uw organisatie.' };
const ROUND_NOT_OPEN = forbidden('De rapportageronde is niet (meer) open voor invoer.');
const ROUND_PUBLISHED = forbidden('De rapportageronde is gepubliceerd en kan niet meer veranderen.');
const ALREADY_APPROVED = forbidden('Het ministerie heeft deze actie al goedgekeurd.');

const responsible = (role: Role) => role.startsWith('partner, eerste') || role.startsWith('partner, mede');

/** Ministry-only work: the role decides, whatever the round's state. */
function ministryOnly(role: Role): Outcome {
  if (role === 'lezer (niet ingelogd)') return SIGN_IN;
  return role === 'ministerie' ? ALLOWED : MINISTRY_ONLY;
}

/** Work on one's own account: everyone signed in. */
function signedIn(role: Role): Outcome {
  return role === 'lezer (niet ingelogd)' ? SIGN_IN : ALLOWED;
}

/** Ministry-only work on an entry or a round: the role first, then the state. */
function ministryIn(state: RoundState, allowedIn: RoundState[], wrongState: Refusal) {
  return (role: Role): Outcome => {
    if (role !== 'ministerie') return ministryOnly(role);
    return allowedIn.includes(state) ? ALLOWED : wrongState;
  };
}

/** A partner's own work on an entry: hidden before the round opens and from other organisations. */
function partnerEntry(role: Role, state: RoundState, reviewState: ReviewState | undefined): Outcome {
  if (!responsible(role)) return ENTRY_NOT_FOUND;
  if (state === 'DRAFT') return ENTRY_NOT_FOUND; // partners do not see a round before it opens
  if (state !== 'OPEN') return ROUND_NOT_OPEN;
  return reviewState === 'APPROVED' ? ALREADY_APPROVED : ALLOWED;
}

function save(reviewState: ReviewState | undefined) {
  return (role: Role, state: RoundState): Outcome => {
    if (role === 'lezer (niet ingelogd)') return SIGN_IN;
    if (role !== 'ministerie') return partnerEntry(role, state, reviewState);
    if (state === 'DRAFT') return forbidden('De rapportageronde is nog niet geopend.');
    return state === 'PUBLISHED' ? ROUND_PUBLISHED : ALLOWED;
  };
}

/** A partner answers a returned entry of its organisation while the round is open; `notReturned` refuses the rest. */
function answer(notReturned: Refusal | null) {
  return (role: Role, state: RoundState): Outcome => {
    if (role === 'lezer (niet ingelogd)') return SIGN_IN;
    if (role === 'ministerie') return forbidden('Op een teruggestuurde actie antwoordt de partnerorganisatie.');
    const outcome = partnerEntry(role, state, undefined);
    return outcome === ALLOWED && notReturned ? notReturned : outcome;
  };
}

/** Each round step: allowed in one state; a published round never changes again. */
function roundStep(from: RoundState, wrongState: string) {
  return (role: Role, state: RoundState) =>
    ministryIn(state, [from], state === 'PUBLISHED' ? ROUND_PUBLISHED : forbidden(wrongState))(role);
}

/** A bijlage goes into a round in concept (or a new one), by the ministry. */
function bijlageTarget(role: Role, state: RoundState): Outcome {
  const wrongState = state === 'PUBLISHED' ? ROUND_PUBLISHED : forbidden('Een bijlage importeert u in een nieuwe ronde of een ronde in concept.');
  return ministryIn(state, ['DRAFT'], wrongState)(role);
}

const EXPECTED: Record<keyof typeof MUTATION_CALLS, Pick<MatrixCase, 'expected' | 'reviewState'>> = {
  'update.save': { expected: save('NOT_STARTED') },
  'update.save van een goedgekeurde actie': { reviewState: 'APPROVED', expected: save('APPROVED') },
  'update.markReady': {
    reviewState: 'IN_PROGRESS',
    expected: (role, state) => {
      if (role === 'lezer (niet ingelogd)') return SIGN_IN;
      if (role === 'ministerie') return forbidden('Het ministerie keurt goed; klaarzetten voor controle doet de partnerorganisatie.');
      return partnerEntry(role, state, 'IN_PROGRESS');
    },
  },
  'entry.approve': {
    reviewState: 'READY_FOR_REVIEW',
    expected: (role, state) => ministryIn(state, ['OPEN', 'CLOSED'], forbidden('Alleen in een open of gesloten ronde.'))(role),
  },
  'entry.approve van een selectie': {
    reviewState: 'READY_FOR_REVIEW',
    expected: (role, state) => ministryIn(state, ['OPEN', 'CLOSED'], forbidden('Alleen in een open of gesloten ronde.'))(role),
  },
  'entry.undoReview': {
    reviewState: 'APPROVED',
    expected: (role, state) =>
      ministryIn(state, ['OPEN'], forbidden('Ongedaan maken kan alleen zolang de ronde open is voor invoer.'))(role),
  },
  'entry.return': {
    reviewState: 'READY_FOR_REVIEW',
    expected: (role, state) =>
      ministryIn(state, ['OPEN'], forbidden('Terugsturen kan alleen zolang de ronde open is voor invoer.'))(role),
  },
  'entry.answer': { reviewState: 'RETURNED', expected: answer(null) },
  'entry.answer op een actie die niet is teruggestuurd': {
    reviewState: 'READY_FOR_REVIEW',
    expected: answer(forbidden('Alleen een teruggestuurde actie kan worden beantwoord.')),
  },
  'update.save: een eerdere versie terugzetten': { expected: save('NOT_STARTED') },
  'round.create': {
    // One round at a time: only a plan whose rounds are all published gets a new one.
    expected: (role, state) =>
      ministryIn(
        state,
        ['PUBLISHED'],
        forbidden(`Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘Deze ronde’ (${ROUND_STATE_LABELS[state]}).`),
      )(role),
  },
  'round.open': { expected: roundStep('DRAFT', 'Alleen een ronde in concept kan worden geopend.') },
  'round.close': { expected: roundStep('OPEN', 'Alleen een open ronde kan worden gesloten.') },
  'round.publish': { expected: roundStep('CLOSED', 'Sluit de ronde voordat u haar publiceert.') },
  'round.edit': { expected: (role, state) => ministryIn(state, ['DRAFT', 'OPEN', 'CLOSED'], ROUND_PUBLISHED)(role) },
  'round.delete': { expected: roundStep('DRAFT', 'Alleen een ronde in concept kan worden verwijderd.') },
  'round.reopen': { expected: roundStep('CLOSED', 'Alleen een gesloten ronde kan worden heropend.') },
  'round.remind': { expected: roundStep('OPEN', 'Herinneringen gaan alleen uit zolang de ronde open is voor invoer.') },
  'round.editIntro': { expected: (role, state) => ministryIn(state, ['DRAFT', 'OPEN', 'CLOSED'], ROUND_PUBLISHED)(role) },
  'round.publish zonder de openstaande punten te accepteren': {
    // The fixture's entry is as the previous round had it, not marked ready, its planning without a parsed range.
    expected: (role, state) => {
      const outcome = roundStep('CLOSED', 'Sluit de ronde voordat u haar publiceert.')(role, state);
      if (outcome !== ALLOWED) return outcome;
      return {
        error: ValidationError,
        message:
          'Niet gepubliceerd: accepteer eerst deze categorieën met openstaande punten, of werk ze bij: ‘ongewijzigd sinds de vorige rapportage’ (1), ‘niet klaar voor controle’ (1) en ‘planning zonder datum’ (1).',
      };
    },
  },
  'import.uploadBijlage': { expected: bijlageTarget },
  'import.applyBijlage': { expected: bijlageTarget },
  'import.discard': {
    expected: (role) => {
      if (role === 'lezer (niet ingelogd)') return SIGN_IN;
      if (role === 'ministerie' || role === 'partner, eerste verantwoordelijke') return ALLOWED;
      return { error: NotFoundError, message: 'Deze upload bestaat niet, of u heeft er geen toegang toe.' };
    },
  },
  'plan.create': { expected: ministryOnly },
  'plan.edit': { expected: ministryOnly },
  'line.create': { expected: ministryOnly },
  'line.edit': { expected: ministryOnly },
  'line.reorder': { expected: ministryOnly },
  'line.archive': { expected: ministryOnly },
  'action.create': { expected: ministryOnly },
  'action.rename': { expected: ministryOnly },
  'action.move': { expected: ministryOnly },
  'action.reorder': { expected: ministryOnly },
  'action.discontinue': { expected: ministryOnly },
  'organisation.create': { expected: ministryOnly },
  'organisation.edit': { expected: ministryOnly },
  'user.create': { expected: ministryOnly },
  'user.edit': { expected: ministryOnly },
  'user.invite': { expected: ministryOnly },
  'account.changePassword': { expected: signedIn },
  'account.setReminders': { expected: signedIn },
};

export const MATRIX: MatrixCase[] = Object.entries(MUTATION_CALLS).map(([name, call]) => ({
  name,
  ...call,
  ...EXPECTED[name as keyof typeof MUTATION_CALLS],
}));
