'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/actions/create-action';
import { moveAction } from '@/lib/actions/move-action';
import { reorderAction } from '@/lib/actions/reorder-action';
import { setActionDiscontinued } from '@/lib/actions/set-action-discontinued';
import { updateAction } from '@/lib/actions/update-action';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import {
  createActionSchema,
  discontinueActionSchema,
  moveActionSchema,
  reorderActionSchema,
  updateActionSchema,
} from '@/lib/validation/plan-editing';

function refresh() {
  revalidatePath('/beheer', 'layout');
  revalidatePath('/werkruimte');
}

export async function handleCreateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(createActionSchema, formData, async (input, user) => {
    const action = await createAction({ user, ...input });
    refresh();
    return `Actie ‘${action.title}’ is toegevoegd.`;
  });
}

export async function handleUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(updateActionSchema, formData, async (input, user) => {
    await updateAction({ user, ...input });
    refresh();
    return 'De actie is bijgewerkt.';
  });
}

export async function handleMoveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(moveActionSchema, formData, async (input, user) => {
    await moveAction({ user, ...input });
    refresh();
    return 'De actie staat nu in de gekozen actielijn; eerdere rapportages houden hun indeling.';
  });
}

export async function handleReorderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(reorderActionSchema, formData, async (input, user) => {
    await reorderAction({ user, ...input });
    refresh();
    return input.direction === 'up' ? 'Eén plaats omhoog.' : 'Eén plaats omlaag.';
  });
}

export async function handleDiscontinueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(discontinueActionSchema, formData, async (input, user) => {
    await setActionDiscontinued({ user, ...input });
    refresh();
    return input.discontinued
      ? 'De actie wordt vanaf de volgende ronde niet meer gerapporteerd; haar geschiedenis blijft.'
      : 'De actie wordt weer gerapporteerd.';
  });
}
