'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';

const VARIANTS = {
  primary: 'border-rijks-blue bg-rijks-blue text-white hover:bg-rijks-blue-dark',
  secondary: 'border-rijks-blue bg-white text-rijks-blue hover:bg-rijks-sky',
  quiet: 'border-slate-400 bg-white text-ink hover:bg-slate-100',
} as const;

export const buttonClass = (variant: keyof typeof VARIANTS = 'primary') =>
  `inline-flex min-h-11 items-center justify-center gap-2 rounded-sm border-2 px-4 py-2 font-semibold no-underline disabled:cursor-wait disabled:opacity-70 ${VARIANTS[variant]}`;

/** A submit button that shows it is busy while its form's server action runs. */
export function SubmitButton({
  variant = 'primary',
  pending,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; pending?: boolean }) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button type="submit" disabled={busy} aria-disabled={busy} className={buttonClass(variant)} {...props}>
      {children}
    </button>
  );
}
