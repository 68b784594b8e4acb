'use client';

import { handleApproveEntries } from '@/app/_form-handlers/review-entry';
import { SubmitButton } from '@/components/forms/buttons';
import { useReviewDesk } from '@/components/review/review-desk';
import { initialFormState } from '@/lib/errors';

export const BULK_FORM_ID = 'selectie-goedkeuren';

/**
 * "Selectie goedkeuren": the checkboxes on the cards belong to this form (form="…") and send each
 * entry with the version on the screen. What was approved, and what was skipped and why, is said in
 * the review's status region, with *Ongedaan maken* per approval.
 */
export function BulkApproveForm() {
  const desk = useReviewDesk();
  async function approve(formData: FormData) {
    const selected = formData.getAll('selectie').map((value) => Number(String(value).split(':')[0]));
    const next = desk.nextAfter(selected);
    const state = await handleApproveEntries(initialFormState, formData);
    const approved = state.data?.approved ?? [];
    desk.report(
      {
        state: state.status === 'error' && state.errors?.selectie ? { status: 'error', message: state.errors.selectie[0] } : state,
        notes: state.data?.skipped.map((skip) => skip.reason),
        undo: approved.map((entry) => ({ ...entry, reviewState: 'APPROVED' as const })),
      },
      state.status === 'ok' ? next : undefined,
    );
  }
  return (
    <form id={BULK_FORM_ID} action={approve} aria-labelledby="selectie-kop" className="mt-4 flex flex-wrap items-center gap-3 rounded-sm border border-slate-300 bg-slate-50 p-3">
      <h3 id="selectie-kop" className="sr-only">
        Selectie
      </h3>
      <p className="min-w-0 flex-1 basis-60 text-sm">
        Vink acties aan en keur ze in één keer goed, elk in de versie die u ziet. Is een actie intussen gewijzigd, dan blijft zij staan.
      </p>
      <SubmitButton>Selectie goedkeuren</SubmitButton>
    </form>
  );
}
