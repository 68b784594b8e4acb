/** The buttons' looks, also for links that look like one; no 'use client', so server components may call it. */
const VARIANTS = {
  primary: 'border-rijks-blue bg-rijks-blue text-white hover:bg-rijks-blue-dark',
  secondary: 'border-rijks-blue bg-white text-rijks-blue hover:bg-rijks-sky',
  quiet: 'border-slate-400 bg-white text-ink hover:bg-slate-100',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export const buttonClass = (variant: keyof typeof VARIANTS = 'primary') =>
  `inline-flex min-h-11 items-center justify-center gap-2 rounded-sm border-2 px-4 py-2 font-semibold no-underline disabled:cursor-wait disabled:opacity-70 ${VARIANTS[variant]}`;

