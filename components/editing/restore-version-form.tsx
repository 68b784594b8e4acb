'use client';

import { useActionState } from 'react';
import { handleRestoreVersion } from '@/app/_form-handlers/restore-version';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/**
 * Restores an earlier version as a new one, based on the version shown as current: when someone
 * saved in the meantime, the restore is refused and says who.
 */
export function RestoreVersionForm({ entryId, version, baseVersion }: { entryId: number; version: number; baseVersion: number }) {
  const [state, restore] = useActionState(handleRestoreVersion, initialFormState);
  return (
    <form action={restore} className="grid gap-2">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <div>
        <SubmitButton variant="quiet">Versie {version} terugzetten als nieuwe versie</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
