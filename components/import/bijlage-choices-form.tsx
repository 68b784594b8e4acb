'use client';

import { useActionState, type ReactNode } from 'react';
import { handleApplyBijlage, handleRefreshBijlagePreview } from '@/app/_form-handlers/import-bijlage';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/**
 * The preview's rows as one form (they are rendered on the server: `children`): "Voorbeeld
 * bijwerken" shows the preview again with the chosen matches, "Importeren" writes them. Both work
 * without JavaScript. A changed choice the editor did not refresh is imported as chosen.
 */
export function BijlageChoicesForm({
  importId,
  proposals,
  roundIsNew,
  children,
}: {
  importId: number;
  /** The proposals as rendered, encoded: only the choices that differ go into the address. */
  proposals: string;
  roundIsNew: boolean;
  children: ReactNode;
}) {
  const [applied, applyAction] = useActionState(handleApplyBijlage, initialFormState);
  const [refreshed, refreshAction] = useActionState(handleRefreshBijlagePreview, initialFormState);
  return (
    <form action={applyAction} aria-label="Koppelingen en importeren" id="koppelingen">
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="voorstel" value={proposals} />
      {children}
      <div className="mt-6 grid gap-3 border-t-2 border-rijks-blue pt-4">
        <div className="flex flex-wrap gap-3">
          <SubmitButton variant="secondary" formAction={refreshAction}>
            Voorbeeld bijwerken
          </SubmitButton>
        </div>
        <FormMessage state={refreshed} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="sluiten" className="mt-1 size-5 shrink-0" />
          <span>
            Deze rapportage is al verstuurd: sluit de ronde na het importeren (daarna controleren en publiceren).
            {roundIsNew && ' De nieuwe ronde wordt bij het importeren aangemaakt.'}
          </span>
        </label>
        <div>
          <SubmitButton>Importeren</SubmitButton>
        </div>
        <FormMessage state={applied} />
      </div>
    </form>
  );
}
