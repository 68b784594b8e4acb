'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { revalidatePublicPages } from '@/lib/cache/public-pages';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { createLine } from '@/lib/lines/create-line';
import { moveLine } from '@/lib/lines/move-line';
import { updateLine } from '@/lib/lines/update-line';
import { createPlan } from '@/lib/plan-editing/create-plan';
import { updatePlan } from '@/lib/plan-editing/update-plan';
import { createLineSchema, moveLineSchema, planSchema, updateLineSchema, updatePlanSchema } from '@/lib/validation/plan-editing';

export async function handleCreatePlan(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(planSchema, formData, async (input, user) => {
    const plan = await createPlan({ user, ...input });
    revalidatePath('/beheer', 'layout');
    redirect(`/beheer/plannen/${plan.id}`);
  });
}

export async function handleUpdatePlan(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(updatePlanSchema, formData, async (input, user) => {
    const plan = await updatePlan({ user, ...input });
    revalidatePath('/beheer', 'layout');
    revalidatePublicPages(plan.slug);
    return 'Het plan is bijgewerkt.';
  });
}

export async function handleCreateLine(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(createLineSchema, formData, async (input, user) => {
    const line = await createLine({ user, ...input });
    revalidatePath('/beheer', 'layout');
    return `Actielijn ${line.code} is toegevoegd.`;
  });
}

export async function handleUpdateLine(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(updateLineSchema, formData, async (input, user) => {
    await updateLine({ user, ...input });
    revalidatePath('/beheer', 'layout');
    return 'De actielijn is bijgewerkt.';
  });
}

export async function handleMoveLine(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(moveLineSchema, formData, async (input, user) => {
    await moveLine({ user, ...input });
    revalidatePath('/beheer', 'layout');
    return input.direction === 'up' ? 'Eén plaats omhoog.' : 'Eén plaats omlaag.';
  });
}
