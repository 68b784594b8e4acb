'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { deleteRound } from '@/lib/rounds/delete-round';
import { stepOutcomeUrl } from '@/lib/rounds/step-outcomes';
import { editRound } from '@/lib/rounds/edit-round';
import { inputDeadline } from '@/lib/rounds/input-deadline';
import { publishRound } from '@/lib/rounds/publish-round';
import { reopenRound } from '@/lib/rounds/reopen-round';
import { confirmedStepSchema, editRoundSchema, openRoundSchema } from '@/lib/validation/round-life-cycle';
import { createRoundSchema, publishRoundSchema } from '@/lib/validation/rounds';

export async function handleCreateRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(createRoundSchema, formData, async (input, user) => {
    const round = await createRound({ user, ...input });
    revalidatePath('/beheer', 'layout');
    redirect(`/beheer/rondes/${round.id}`);
  });
}

/** Publishes a round (it refreshes the public pages itself). */
export async function handlePublishRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(publishRoundSchema, formData, async ({ roundId, accepted }, user) => {
    await publishRound({ user, roundId, accepted });
    revalidateRoundPages();
    return 'De ronde is gepubliceerd en voor iedereen te lezen.';
  });
}

/**
 * Opens a round for input, with its input deadline. Like closing and reopening, it then shows the
 * round page again with the outcome (the step's form gives way to the next step's).
 */
export async function handleOpenRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(openRoundSchema, formData, async ({ roundId, deadlineDate, deadlineTime, reminderDaysBefore }, user) => {
    const deadline = inputDeadline({ date: deadlineDate, time: deadlineTime, reminderDaysBefore });
    await openRound({ user, roundId, deadline });
    revalidateRoundPages();
    redirect(stepOutcomeUrl(roundId, 'geopend'));
  });
}

/** Changes a round's title, date and input deadline, until it is published. */
export async function handleEditRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(editRoundSchema, formData, async ({ roundId, title, date, deadlineDate, deadlineTime, reminderDaysBefore }, user) => {
    const deadline = deadlineDate ? inputDeadline({ date: deadlineDate, time: deadlineTime, reminderDaysBefore }) : null;
    const { changed } = await editRound({ user, roundId, title, date, deadline });
    if (!changed) return 'Er was niets gewijzigd.';
    revalidateRoundPages();
    return 'De ronde is bijgewerkt.';
  });
}

/** Closes, reopens or deletes a round: steps the editor confirms first (the schema requires it). */
export async function handleConfirmedRoundStep(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(confirmedStepSchema, formData, async ({ roundId, step }, user) => {
    if (step === 'delete') {
      const { planId } = await deleteRound({ user, roundId });
      revalidateRoundPages();
      redirect(`/beheer/plannen/${planId}`);
    }
    if (step === 'close') await closeRound({ user, roundId });
    else await reopenRound({ user, roundId });
    revalidateRoundPages();
    redirect(stepOutcomeUrl(roundId, step === 'close' ? 'gesloten' : 'heropend'));
  });
}

function revalidateRoundPages() {
  revalidatePath('/beheer', 'layout');
  revalidatePath('/werkruimte');
}
