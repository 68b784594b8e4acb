'use client';

import { useActionState } from 'react';
import { handleApplyWorkbook, handleDiscardWorkbook } from '@/app/_form-handlers/import-workbook';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';
import { saveLabel } from '@/lib/import/workbook/workbook-outcome';

type Props = { importId: number; previewKey: string; changes: number; ownUpload: boolean; uploadedBy: string | null };

/**
 * "Opslaan (n acties)" and "Weggooien" for an uploaded workbook not yet saved. The save carries what
 * this preview showed, so nothing is saved when a row changed since. Once saved or discarded the
 * page shows the outcome instead. Plain forms with server actions: they work without JavaScript.
 */
export function WorkbookDecision({ importId, previewKey, changes, ownUpload, uploadedBy }: Props) {
  const [applied, apply] = useActionState(handleApplyWorkbook, initialFormState);
  const [discarded, discard] = useActionState(handleDiscardWorkbook, initialFormState);
  return (
    <div className="mt-6 grid gap-3 rounded-sm border-2 border-rijks-blue bg-rijks-sky/50 p-4">
      <p>
        {!ownUpload
          ? `Er is nog niets opgeslagen. Alleen wie de werkmap uploadde${uploadedBy ? ` (${uploadedBy})` : ''} kan haar opslaan; u kunt haar wel weggooien.`
          : changes > 0
          ? 'Er is nog niets opgeslagen. Alleen de rijen met ‘wordt opgeslagen’ worden bewaard, alle tegelijk, elk als nieuwe versie; de andere blijven zoals ze zijn.'
          : 'Er is niets om op te slaan: geen rij verandert een actie. Pas de werkmap aan en upload haar opnieuw, of gooi haar weg.'}
      </p>
      <div className="flex flex-wrap gap-3">
        {ownUpload && changes > 0 && (
          <form action={apply}>
            <input type="hidden" name="importId" value={importId} />
            <input type="hidden" name="previewKey" value={previewKey} />
            <SubmitButton>{saveLabel(changes)}</SubmitButton>
          </form>
        )}
        <form action={discard}>
          <input type="hidden" name="importId" value={importId} />
          <SubmitButton variant="quiet">Weggooien</SubmitButton>
        </form>
      </div>
      <FormMessage state={applied.status === 'error' ? applied : discarded} />
    </div>
  );
}
