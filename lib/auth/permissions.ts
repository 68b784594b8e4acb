/**
 * Who may do what: the one place that answers it, for the server (every use case calls
 * `assertCan` before it writes) and for the UI (which hides a button with the same `can`).
 * Pure: no database, no session; importable from client components.
 *
 * Ministry editors manage plans, lines, actions, organisations, users and rounds, edit any entry of
 * a round that is open or closed, review and publish. Partner editors edit the entries of the actions
 * their organisation is responsible for, only while the round is open and until the ministry has
 * approved them, and answer a returned one. Everyone signed in changes their own password and
 * reminder setting. Readers (no user) change nothing.
 */
import type { ReviewState, RoundState } from '@/lib/generated/prisma/client';
import { ForbiddenError } from '@/lib/errors';
import type { Actor, SessionUser } from '@/lib/auth/session-user';

/** An action's entry in a round, as far as permissions care. */
export type EntryResource = {
  roundState: RoundState;
  reviewState: ReviewState;
  /** The organisations responsible for the action. */
  responsibleOrganisationIds: readonly number[];
};

export type RoundResource = { state: RoundState };

/** An import's upload, as far as permissions care: whose it is. */
export type ImportResource = { uploadedById: number | null };

/** Where a bijlage is imported: an existing round (its state), or null for a new round. */
export type ImportTargetResource = { state: RoundState } | null;

/** The permissions whose rule depends on the role only (no resource). */
type RoleOnly =
  | 'round.create' | 'plan.create' | 'plan.edit'
  | 'line.create' | 'line.edit' | 'line.reorder' | 'line.archive'
  | 'action.create' | 'action.rename' | 'action.move' | 'action.reorder' | 'action.discontinue'
  | 'organisation.create' | 'organisation.edit' | 'user.create' | 'user.edit' | 'user.invite'
  | 'account.changePassword' | 'account.setReminders'
  | 'audit.view' | 'mail.view' | 'mail.resend' | 'review.view'
  /** The concept bijlage of a round not yet published (lib/plans/find-concept-overview.ts). */
  | 'round.concept'
  | 'workspace.view'
  /** Uploading a workbook, and applying it (each row is checked as `update.save`). */
  | 'import.uploadWorkbook' | 'import.applyWorkbook'
  /** Downloading the entries one may edit in a round as a workbook. */
  | 'workbook.download';

/** Every permission, with the resource its rule needs (null: the rule depends on the role only). */
type Resources = {
  'update.save': EntryResource;
  'update.markReady': EntryResource;
  'entry.approve': EntryResource;
  'entry.return': EntryResource;
  'entry.answer': EntryResource;
  'entry.undoReview': EntryResource;
  'round.open': RoundResource;
  'round.close': RoundResource;
  'round.publish': RoundResource;
  'round.edit': RoundResource;
  'round.delete': RoundResource;
  'round.reopen': RoundResource;
  'round.remind': RoundResource;
  'round.editIntro': RoundResource;
  /** Uploading a Word bijlage for a round, and applying it (lib/import). */
  'import.uploadBijlage': ImportTargetResource;
  'import.applyBijlage': ImportTargetResource;
  /** Seeing an upload's preview, and throwing it away. */
  'import.view': ImportResource;
  'import.discard': ImportResource;
} & Record<RoleOnly, null>;

export type Permission = keyof Resources;

/**
 * What is done without a session, so no role rule applies: setting a password with a one-time link
 * (the link's compare-and-set in account_tokens is the check) and asking for a reset link (throttled,
 * and answered the same whether or not the account exists). Named in the audit log like permissions.
 */
export const LINK_PERMISSIONS = ['account.activate', 'password.reset', 'password.requestReset'] as const;
export type LinkPermission = (typeof LINK_PERMISSIONS)[number];

/** true, or the Dutch reason why not. */
type Decision = true | string;
type Rule<P extends Permission> = (user: SessionUser, resource: Resources[P]) => Decision;

const SIGN_IN_FIRST = 'Log in om dit te doen.';
const MINISTRY_ONLY = 'Alleen redacteuren van het ministerie mogen dit.';
const NOT_YOURS = 'Deze actie valt niet onder uw organisatie.';
const ROUND_NOT_OPEN = 'De rapportageronde is niet (meer) open voor invoer.';
const PARTNER_MARKS_READY = 'Het ministerie keurt goed; klaarzetten voor controle doet de partnerorganisatie.';
const PARTNER_ANSWERS = 'Op een teruggestuurde actie antwoordt de partnerorganisatie.';
const ROUND_PUBLISHED = 'De rapportageronde is gepubliceerd en kan niet meer veranderen.';

export function isMinistry(user: SessionUser): boolean {
  return user.role === 'MINISTRY_EDITOR';
}

/**
 * Who may edit an action's entry: a partner editor of one of its responsible organisations.
 * (Ministry editors may edit every entry.) Mirrored as a query by `visibleEntriesWhere` (lib/auth/visible-entries.ts).
 */
export function isResponsibleFor(user: SessionUser, responsibleOrganisationIds: readonly number[]): boolean {
  return (
    user.role === 'PARTNER_EDITOR' &&
    user.organisationId !== null &&
    responsibleOrganisationIds.includes(user.organisationId)
  );
}

const ministryOnly: Rule<Permission> = (user) => isMinistry(user) || MINISTRY_ONLY;

/** Everyone signed in, about their own account (a reader was refused before any rule). */
const ownAccount: Rule<Permission> = () => true;

/** A ministry editor, or a partner editor of an organisation: whoever edits entries. */
const editor: Rule<Permission> = (user) => isMinistry(user) || user.organisationId !== null || NOT_YOURS;

/** A ministry editor sees every upload; a partner editor their own. */
function ownUpload(user: SessionUser, upload: ImportResource): Decision {
  return isMinistry(user) || upload.uploadedById === user.id || 'Dit is niet uw upload.';
}

/** A bijlage goes into a new round or one in concept, by a ministry editor. */
function bijlageTarget(user: SessionUser, round: ImportTargetResource): Decision {
  if (!isMinistry(user)) return MINISTRY_ONLY;
  if (round === null || round.state === 'DRAFT') return true;
  return round.state === 'PUBLISHED' ? ROUND_PUBLISHED : 'Een bijlage importeert u in een nieuwe ronde of een ronde in concept.';
}

function roundInState(expected: RoundState, message: string) {
  return (user: SessionUser, round: RoundResource): Decision => {
    if (!isMinistry(user)) return MINISTRY_ONLY;
    if (round.state === 'PUBLISHED') return ROUND_PUBLISHED;
    return round.state === expected || message;
  };
}

const RULES: { [P in Permission]: Rule<P> } = {
  'update.save': (user, entry) => {
    if (isMinistry(user)) {
      if (entry.roundState === 'PUBLISHED') return ROUND_PUBLISHED;
      return entry.roundState !== 'DRAFT' || 'De rapportageronde is nog niet geopend.';
    }
    if (!isResponsibleFor(user, entry.responsibleOrganisationIds)) return NOT_YOURS;
    if (entry.roundState !== 'OPEN') return ROUND_NOT_OPEN;
    return entry.reviewState !== 'APPROVED' || 'Het ministerie heeft deze actie al goedgekeurd.';
  },
  'update.markReady': (user, entry) => {
    if (!isResponsibleFor(user, entry.responsibleOrganisationIds)) return isMinistry(user) ? PARTNER_MARKS_READY : NOT_YOURS;
    if (entry.roundState !== 'OPEN') return ROUND_NOT_OPEN;
    if (entry.reviewState === 'APPROVED') return 'Het ministerie heeft deze actie al goedgekeurd.';
    return entry.reviewState !== 'READY_FOR_REVIEW' || 'Deze actie staat al klaar voor controle.';
  },
  'entry.approve': (user, entry) => {
    if (!isMinistry(user)) return MINISTRY_ONLY;
    if (entry.roundState !== 'OPEN' && entry.roundState !== 'CLOSED') return 'Alleen in een open of gesloten ronde.';
    return entry.reviewState !== 'APPROVED' || 'Deze actie is al goedgekeurd.';
  },
  'entry.return': (user, entry) => {
    if (!isMinistry(user)) return MINISTRY_ONLY;
    if (entry.roundState !== 'OPEN') return 'Terugsturen kan alleen zolang de ronde open is voor invoer.';
    return entry.reviewState !== 'RETURNED' || 'Deze actie is al teruggestuurd.';
  },
  'entry.answer': (user, entry) => {
    if (!isResponsibleFor(user, entry.responsibleOrganisationIds)) return isMinistry(user) ? PARTNER_ANSWERS : NOT_YOURS;
    return entry.roundState !== 'OPEN' ? ROUND_NOT_OPEN : entry.reviewState === 'RETURNED' || 'Alleen een teruggestuurde actie kan worden beantwoord.';
  },
  'entry.undoReview': (user, entry) =>
    isMinistry(user) ? entry.roundState === 'OPEN' || 'Ongedaan maken kan alleen zolang de ronde open is voor invoer.' : MINISTRY_ONLY,
  'round.create': ministryOnly,
  'round.open': roundInState('DRAFT', 'Alleen een ronde in concept kan worden geopend.'),
  'round.close': roundInState('OPEN', 'Alleen een open ronde kan worden gesloten.'),
  'round.publish': roundInState('CLOSED', 'Sluit de ronde voordat u haar publiceert.'),
  // Title, date and deadline stay editable until publication.
  'round.edit': (user, round) => (isMinistry(user) ? round.state !== 'PUBLISHED' || ROUND_PUBLISHED : MINISTRY_ONLY),
  'round.delete': roundInState('DRAFT', 'Alleen een ronde in concept kan worden verwijderd.'),
  'round.reopen': roundInState('CLOSED', 'Alleen een gesloten ronde kan worden heropend.'),
  'round.remind': roundInState('OPEN', 'Herinneringen gaan alleen uit zolang de ronde open is voor invoer.'),
  'round.editIntro': (user, round) => (isMinistry(user) ? round.state !== 'PUBLISHED' || ROUND_PUBLISHED : MINISTRY_ONLY),
  'plan.create': ministryOnly, 'plan.edit': ministryOnly,
  'line.create': ministryOnly, 'line.edit': ministryOnly, 'line.reorder': ministryOnly, 'line.archive': ministryOnly,
  'action.create': ministryOnly, 'action.rename': ministryOnly, 'action.move': ministryOnly,
  'action.reorder': ministryOnly, 'action.discontinue': ministryOnly,
  'organisation.create': ministryOnly, 'organisation.edit': ministryOnly,
  'user.create': ministryOnly, 'user.edit': ministryOnly, 'user.invite': ministryOnly,
  'account.changePassword': ownAccount, 'account.setReminders': ownAccount,
  'audit.view': ministryOnly, 'mail.view': ministryOnly, 'mail.resend': ministryOnly,
  'review.view': ministryOnly,
  'round.concept': ministryOnly,
  'workspace.view': (user) => (user.role === 'PARTNER_EDITOR' && user.organisationId !== null) || 'Alleen voor partnerorganisaties.',
  'import.uploadBijlage': bijlageTarget,
  'import.applyBijlage': bijlageTarget,
  'import.uploadWorkbook': editor,
  'import.applyWorkbook': editor,
  'workbook.download': editor,
  'import.view': ownUpload,
  'import.discard': ownUpload,
};

/** Every permission of the table, for tests and the audit log's list of kinds of change. */
export const PERMISSIONS = Object.keys(RULES) as Permission[];

function decide<P extends Permission>(user: Actor, permission: P, resource: Resources[P]): Decision {
  if (!user) return SIGN_IN_FIRST;
  return RULES[permission](user, resource);
}

/** May `user` do `permission` to `resource`? */
export function can<P extends Permission>(user: Actor, permission: P, resource: Resources[P]): boolean {
  return decide(user, permission, resource) === true;
}

/** Throws a ForbiddenError with the Dutch reason when `user` may not. */
export function assertCan<P extends Permission>(
  user: Actor,
  permission: P,
  resource: Resources[P],
): asserts user is SessionUser {
  const decision = decide(user, permission, resource);
  if (decision !== true) throw new ForbiddenError(decision);
}

/**
 * The part of a rule about a row that depends on the user alone. Use cases check it before they
 * read the row, so that someone who may never do this is told why, not that the row is not found.
 */
const MINISTRY_ROLE: readonly Permission[] = [
  'entry.approve', 'entry.return', 'entry.undoReview', 'round.open', 'round.close', 'round.publish', 'round.edit',
  'round.delete', 'round.reopen', 'round.remind', 'round.editIntro', 'mail.resend', 'import.uploadBijlage', 'import.applyBijlage',
];
const ROLE_RULES: { [P in Permission]?: (user: SessionUser) => Decision } = {
  ...Object.fromEntries(MINISTRY_ROLE.map((permission) => [permission, (user: SessionUser) => isMinistry(user) || MINISTRY_ONLY])),
  'update.markReady': (user) => user.role === 'PARTNER_EDITOR' || PARTNER_MARKS_READY,
  'entry.answer': (user) => user.role === 'PARTNER_EDITOR' || PARTNER_ANSWERS,
};

/** Throws a ForbiddenError with the Dutch reason when no row would let `user` do `permission`. */
export function assertRoleMay(user: Actor, permission: Permission): asserts user is SessionUser {
  assertSignedIn(user);
  const decision = ROLE_RULES[permission]?.(user) ?? true;
  if (decision !== true) throw new ForbiddenError(decision);
}

/** Throws "sign in first" for a reader: a session that ran out gets told so, not "not found". */
export function assertSignedIn(user: Actor): asserts user is SessionUser {
  if (!user) throw new ForbiddenError(SIGN_IN_FIRST);
}
