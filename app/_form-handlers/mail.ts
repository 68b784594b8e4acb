'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/errors';
import { runFormHandler } from '@/lib/forms/run-form-handler';
import { remindRoundNow } from '@/lib/mail/remind-round-now';
import { resendMessage } from '@/lib/mail/resend-message';
import { remindRoundSchema, resendMessageSchema } from '@/lib/validation/mail';

/** "Herinnering nu versturen": partners with actions not ready get a reminder now. */
export async function handleRemindRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(remindRoundSchema, formData, async ({ roundId }, user) => {
    const { messageCount } = await remindRoundNow({ user, roundId });
    revalidatePath('/beheer/berichten');
    if (messageCount === 0) return 'Niemand kreeg een herinnering: alle acties staan klaar, of herinneringen staan uit.';
    return `Herinnering verstuurd naar ${messageCount === 1 ? '1 redacteur' : `${messageCount} redacteuren`}.`;
  });
}

/** "Opnieuw versturen" of a message that failed after its last retry. */
export async function handleResendMessage(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormHandler(resendMessageSchema, formData, async ({ messageId }, user) => {
    await resendMessage({ user, messageId });
    revalidatePath('/beheer/berichten');
    return 'Het bericht staat weer in de wachtrij.';
  });
}
