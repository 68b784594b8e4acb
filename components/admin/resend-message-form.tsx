'use client';

import { useActionState } from 'react';
import { handleResendMessage } from '@/app/_form-handlers/mail';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState } from '@/lib/errors';

/** "Opnieuw versturen" for a message that failed after its last retry. */
export function ResendMessageForm({ messageId }: { messageId: number }) {
  const [state, formAction] = useActionState(handleResendMessage, initialFormState);
  return (
    <form action={formAction} className="mt-2 grid gap-2">
      <input type="hidden" name="messageId" value={messageId} />
      <div>
        <SubmitButton variant="secondary">Opnieuw versturen</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
