'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonVariant } from '@/components/forms/button-class';

export { buttonClass };

/** A submit button that shows it is busy while its form's server action runs. */
export function SubmitButton({
  variant = 'primary',
  pending,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; pending?: boolean }) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass(variant)} {...props}>
      {children}
    </button>
  );
}
