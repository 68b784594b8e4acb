'use client';

import { useActionState } from 'react';
import { handleDiscardImport } from '@/app/_form-handlers/import-bijlage';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** Discarding an upload that was not imported: nothing of the plan changes, the file stays on record. */
export function DiscardImportForm({ importId }: { importId: number }) {
  const [state, formAction] = useActionState(handleDiscardImport, initialFormState);
  return (
    <form action={formAction} className="grid gap-2" aria-label="Upload weggooien">
      <input type="hidden" name="importId" value={importId} />
      <p className="text-sm text-muted">Er verandert niets in het plan; het bestand blijft bewaard in het auditlog, gemarkeerd als weggegooid.</p>
      <div>
        <SubmitButton variant="quiet">Weggooien</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
