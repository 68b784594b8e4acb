'use client';

import { useId, useState } from 'react';
import { handleApproveEntry, handleReturnEntry } from '@/app/_form-handlers/review-entry';
import { SubmitButton } from '@/components/forms/buttons';
import { TextArea } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useReviewDesk, type UndoTarget } from '@/components/review/review-desk';
import { initialFormState, type FormState } from '@/lib/errors';

type Props = { entryId: number; version: number; title: string; canApprove: boolean; canReturn: boolean };

/**
 * Approve, or return with a comment, the version the reviewer is looking at. The version goes
 * along: when the partner saved a newer one meanwhile, the review is refused and says so. What
 * happened is said in the review's status region (the card may leave a filtered list), and focus
 * moves on to the next entry.
 */
export function ReviewActions({ entryId, version, title, canApprove, canReturn }: Props) {
  const desk = useReviewDesk();
  const [returned, setReturned] = useState<FormState>(initialFormState);
  const [refused, setRefused] = useState<FormState>(initialFormState);
  const commentId = useId();
  if (!canApprove && !canReturn) return null;

  async function review(formData: FormData, reviewState: UndoTarget['reviewState']) {
    const next = desk.nextAfter([entryId]);
    const handle = reviewState === 'APPROVED' ? handleApproveEntry : handleReturnEntry;
    const state = await handle(initialFormState, formData);
    if (reviewState === 'RETURNED') setReturned(state);
    if (state.status !== 'ok') {
      setRefused(state.errors ? initialFormState : state);
      return;
    }
    setRefused(initialFormState);
    const undo = desk.canUndo ? [{ entryId, version, reviewState, title }] : [];
    desk.report({ state: { status: 'ok', message: `‘${title}’: ${state.message}` }, undo }, next);
  }

  return (
    <div className="grid min-w-0 flex-1 gap-3">
      <FormMessage state={refused} />
      <div className="flex flex-wrap items-start gap-3">
        {canApprove && (
          <form action={(formData) => review(formData, 'APPROVED')}>
            <input type="hidden" name="entryId" value={entryId} />
            <input type="hidden" name="version" value={version} />
            <SubmitButton aria-label={`Goedkeuren: ${title}`}>Goedkeuren</SubmitButton>
          </form>
        )}
        {canReturn && (
          <details className="min-w-0 flex-1 basis-64">
            <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-sm border-2 border-slate-400 px-4 py-2 font-semibold">
              Terugsturen…
            </summary>
            <form action={(formData) => review(formData, 'RETURNED')} className="mt-3 grid gap-3">
              <input type="hidden" name="entryId" value={entryId} />
              <input type="hidden" name="version" value={version} />
              <TextArea
                id={commentId}
                label={`Opmerking voor de partner bij ‘${title}’`}
                name="comment"
                rows={3}
                maxLength={2000}
                defaultValue={returned.values?.comment}
                error={returned.errors?.comment}
                hint="De partner ziet deze opmerking in de werkruimte."
              />
              <div>
                <SubmitButton variant="secondary">Terugsturen met opmerking</SubmitButton>
              </div>
            </form>
          </details>
        )}
      </div>
    </div>
  );
}
