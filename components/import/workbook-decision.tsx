'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { handleApplyWorkbook, handleDiscardWorkbook } from '@/app/_form-handlers/import-workbook';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';
import { saveLabel } from '@/lib/import/workbook/workbook-outcome';

type Props = {
  importId: number;
  state: 'UPLOADED' | 'APPLIED' | 'DISCARDED';
  changes: number;
  back: { href: string; label: string };
};

/**
 * "Opslaan (n acties)" and "Weggooien" for an uploaded workbook, and what came of it: after either,
 * the outcome with a link back; an upload already saved or discarded is read-only. Plain forms with
 * server actions, so they work before (or without) JavaScript.
 */
export function WorkbookDecision({ importId, state, changes, back }: Props) {
  const [applied, apply] = useActionState(handleApplyWorkbook, initialFormState);
  const [discarded, discard] = useActionState(handleDiscardWorkbook, initialFormState);
  const done = [applied, discarded].find((result) => result.status === 'ok');
  if (done || state !== 'UPLOADED') {
    return (
      <div className="mt-6 grid gap-2">
        {done ? (
          <FormMessage state={done} />
        ) : (
          <p role="status" className="rounded-sm border-l-4 border-slate-500 bg-slate-50 px-4 py-2">
            {state === 'APPLIED' ? 'Deze werkmap is opgeslagen; hieronder staat wat zij bevatte.' : 'Deze werkmap is weggegooid; er is niets uit opgeslagen.'}
          </p>
        )}
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mt-6 grid gap-3 rounded-sm border-2 border-rijks-blue bg-rijks-sky/50 p-4">
      <p>
        {changes > 0
          ? 'Er is nog niets opgeslagen. Alleen de rijen met ‘wordt opgeslagen’ worden bewaard, alle tegelijk; de andere blijven zoals ze zijn.'
          : 'Er is niets om op te slaan: geen rij verandert een actie. Pas de werkmap aan en upload haar opnieuw, of gooi haar weg.'}
      </p>
      <div className="flex flex-wrap gap-3">
        {changes > 0 && (
          <form action={apply}>
            <input type="hidden" name="importId" value={importId} />
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
