'use client';

import { useActionState } from 'react';
import { handleResendInvitation } from '@/app/_form-handlers/users';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** For an account that has not chosen a password yet: a new invitation link (the old ones stop working). */
export function ResendInvitationButton({ userId, name }: { userId: number; name: string }) {
  const [state, formAction] = useActionState(handleResendInvitation, initialFormState);
  return (
    <form action={formAction} className="mt-1 grid gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <SubmitButton variant="quiet" aria-label={`Uitnodiging opnieuw versturen aan ${name}`}>
          Uitnodiging opnieuw versturen
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
