'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { z } from '@/lib/validation/dutch-zod';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import { safeReturnPath } from '@/lib/auth/return-path';
import { signInErrorMessage } from '@/lib/auth/sign-in-messages';
import { signInSchema } from '@/lib/validation/sign-in';

type Errors = { email?: string[]; password?: string[] };

/** E-mail and password, checked by the same schema as the server; errors stay on this page. */
export function SignInForm({ returnTo, initialError }: { returnTo: string; initialError: string | null }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      setMessage('Vul uw e-mailadres en wachtwoord in.');
      return;
    }
    setErrors({});
    setMessage(null);
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    if (!result || result.error || !result.ok) {
      setPending(false);
      setMessage(signInErrorMessage(result?.error ?? 'onbekend'));
      return;
    }
    router.replace(safeReturnPath(returnTo));
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 grid gap-5" aria-describedby={message ? 'inlog-fout' : undefined}>
      {message && (
        <div id="inlog-fout" role="alert" className="rounded-sm border-l-4 border-red-700 bg-red-50 px-4 py-2 text-red-900">
          <span aria-hidden>⚠ </span>
          {message}
        </div>
      )}
      <TextInput label="E-mailadres" name="email" type="email" autoComplete="username" required error={errors.email} />
      <TextInput
        label="Wachtwoord"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <div>
        <SubmitButton pending={pending}>{pending ? 'Bezig met inloggen…' : 'Inloggen'}</SubmitButton>
      </div>
    </form>
  );
}

/** The organisation's single sign-on (OpenID Connect), when configured. */
export function OidcSignInButton({ name, returnTo }: { name: string; returnTo: string }) {
  return (
    <button
      type="button"
      onClick={() => signIn('oidc', { callbackUrl: safeReturnPath(returnTo) })}
      className="inline-flex min-h-11 items-center rounded-sm border-2 border-rijks-blue bg-white px-4 py-2 font-semibold text-rijks-blue hover:bg-rijks-sky"
    >
      {name}
    </button>
  );
}
