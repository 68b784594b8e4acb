/**
 * The typed errors of the use cases, and the one place that turns them into what a form shows or
 * what an API answers. Messages are Dutch and meant for the user; nothing else (stack traces, SQL,
 * Prisma codes) ever leaves the server.
 */

import type { ActionStatus } from '@/lib/actions/status';

export type FieldErrors = Record<string, string[] | undefined>;

/** What another editor saved in the meantime: shown to the person whose save was refused. */
export type ConflictDetails = {
  version: number;
  savedBy: string | null;
  savedAt: string;
  /** The status code (IN_PROGRESS, …), so taking it over is exact; the form shows its label. */
  status: ActionStatus;
  result: string;
  planning: string;
};

/** The row does not exist, or the user may not see it: the two are never told apart. */
export class NotFoundError extends Error {
  readonly name = 'NotFoundError';
  constructor(message = 'Niet gevonden, of u heeft er geen toegang toe.') {
    super(message);
  }
}

/** The user may see the row but not do this to it now (a closed round, an approved entry). */
export class ForbiddenError extends Error {
  readonly name = 'ForbiddenError';
  constructor(message = 'U mag dit niet doen.') {
    super(message);
  }
}

/** Someone else changed the row since the user loaded it. */
export class ConflictError extends Error {
  readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly conflict?: ConflictDetails,
  ) {
    super(message);
  }
}

/** Input that passed the form schema but breaks a rule that needs the database (a duplicate e-mail). */
export class ValidationError extends Error {
  readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

/** What a form handler returns to `useActionState`; `D` is what a form gets back besides its message. */
export type FormState<D = unknown> = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  errors?: FieldErrors;
  conflict?: ConflictDetails;
  /** The submitted values, so a refused form keeps what the user typed. */
  values?: Record<string, string>;
  data?: D;
};

export const initialFormState: FormState<never> = { status: 'idle' };

/** A unique-constraint violation from Prisma (P2002), recognised without importing Prisma. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** The one mapping from an error to a form result. Unknown errors are logged, never shown. */
export function toFormState(error: unknown, values?: Record<string, string>): FormState<never> {
  if (error instanceof ValidationError) {
    return { status: 'error', message: error.message, errors: error.fieldErrors, values };
  }
  if (error instanceof ConflictError) {
    return { status: 'error', message: error.message, conflict: error.conflict, values };
  }
  if (error instanceof NotFoundError || error instanceof ForbiddenError) {
    return { status: 'error', message: error.message, values };
  }
  console.error(error);
  return { status: 'error', message: 'Er ging iets mis bij het opslaan. Probeer het opnieuw.', values };
}
