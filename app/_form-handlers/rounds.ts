'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { publishRound } from '@/lib/rounds/publish-round';
import { createRoundSchema, roundTransitionSchema } from '@/lib/validation/rounds';

export async function handleCreateRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(createRoundSchema, formData, async (input, user) => {
    const round = await createRound({ user, ...input });
    revalidatePath('/beheer', 'layout');
    redirect(`/beheer/rondes/${round.id}`);
  });
}

/** Opens, closes or publishes a round (publishing refreshes the public pages itself). */
export async function handleChangeRoundState(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(roundTransitionSchema, formData, async ({ roundId, transition, accepted }, user) => {
    let message: string;
    if (transition === 'open') {
      const { entryCount } = await openRound({ user, roundId });
      message = `De ronde is open voor invoer; ${entryCount} acties staan klaar, ingevuld met de vorige rapportage.`;
    } else if (transition === 'close') {
      await closeRound({ user, roundId });
      message = 'De ronde is gesloten: partners kunnen niet meer wijzigen.';
    } else {
      await publishRound({ user, roundId, accepted });
      message = 'De ronde is gepubliceerd en voor iedereen te lezen.';
    }
    revalidatePath('/beheer', 'layout');
    revalidatePath('/werkruimte');
    return message;
  });
}
