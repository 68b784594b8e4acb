'use client';

import { useActionState } from 'react';
import { handleArchiveLine } from '@/app/_form-handlers/lines';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** "Archiveren" for an empty actielijn, or "terugzetten" for an archived one, named after the line. */
export function ArchiveLineForm({ lineId, name, archived }: { lineId: number; name: string; archived: boolean }) {
  const [state, formAction] = useActionState(handleArchiveLine, initialFormState);
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="lineId" value={lineId} />
      <input type="hidden" name="archived" value={archived ? 'false' : 'true'} />
      <div>
        <SubmitButton variant="quiet" aria-label={archived ? `${name} terugzetten` : `${name} archiveren`}>
          {archived ? 'Terugzetten' : 'Archiveren'}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
