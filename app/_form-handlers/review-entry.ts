'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { approveEntries, type BulkApprovalOutcome } from '@/lib/review/approve-entries';
import { approveEntry } from '@/lib/review/approve-entry';
import { returnEntry } from '@/lib/review/return-entry';
import { REVIEW_STATE_LABELS } from '@/lib/review/review-states';
import { undoReview } from '@/lib/review/undo-review';
import { approveEntriesSchema, approveEntrySchema, returnEntrySchema, undoReviewSchema } from '@/lib/validation/review';

function revalidateReview() {
  revalidatePath('/beheer', 'layout');
  revalidatePath('/werkruimte');
}

export async function handleApproveEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(approveEntrySchema, formData, async (input, user) => {
    await approveEntry({ user, ...input });
    revalidateReview();
    return 'Goedgekeurd.';
  });
}

export async function handleReturnEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(returnEntrySchema, formData, async (input, user) => {
    await returnEntry({ user, ...input });
    revalidateReview();
    return 'Teruggestuurd naar de partner, met uw toelichting.';
  });
}

export async function handleApproveEntries(
  _previous: FormState<BulkApprovalOutcome>,
  formData: FormData,
): Promise<FormState<BulkApprovalOutcome>> {
  return runFormHandler(approveEntriesSchema, formData, async (input, user) => {
    const outcome = await approveEntries({ user, entries: input.selectie });
    revalidateReview();
    const count = outcome.approved.length;
    const message = count === 0 ? 'Geen acties goedgekeurd.' : count === 1 ? '1 actie goedgekeurd.' : `${count} acties goedgekeurd.`;
    return { status: 'ok', message, data: outcome };
  });
}

export async function handleUndoReview(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(undoReviewSchema, formData, async (input, user) => {
    const undone = await undoReview({ user, ...input });
    revalidateReview();
    const what = input.reviewState === 'APPROVED' ? 'Goedkeuren' : 'Terugsturen';
    return `${what} van ‘${undone.title}’ ongedaan gemaakt; de actie staat weer op ‘${REVIEW_STATE_LABELS[undone.reviewState]}’.`;
  });
}
