import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from '@/lib/validation/dutch-zod';
import { getCurrentUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/session-user';
import { toFormState, type FormState } from '@/lib/errors';
import { echoValues, formValues } from '@/lib/forms/form-values';

/**
 * The body of every server action: parse the form with its shared schema (errors go back next to
 * the fields, nothing is touched), find the signed-in user, run the use case (which checks the
 * permission itself) and map its typed errors to a form result. `run` returns the success message.
 */
export async function runFormHandler<S extends z.ZodType, D = never>(
  schema: S,
  formData: FormData,
  run: (input: z.output<S>, user: SessionUser | null) => Promise<string | FormState<D>>,
): Promise<FormState<D>> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      status: 'error',
      message: 'Controleer de gemarkeerde velden.',
      errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      values: echoValues(values),
    };
  }
  try {
    const result = await run(parsed.data, await getCurrentUser());
    return typeof result === 'string' ? { status: 'ok', message: result } : result;
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are not errors
    return toFormState(error, echoValues(values));
  }
}
