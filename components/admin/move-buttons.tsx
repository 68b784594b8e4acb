'use client';

import { useActionState } from 'react';
import { handleMoveLine } from '@/app/_form-handlers/plans';
import { handleReorderAction } from '@/app/_form-handlers/actions';
import { initialFormState } from '@/lib/errors';

/** "Omhoog" and "omlaag" for a line or an action, named after it for screen readers. */
export function MoveButtons({ kind, id, name, first, last }: { kind: 'line' | 'action'; id: number; name: string; first: boolean; last: boolean }) {
  const [state, formAction, pending] = useActionState(kind === 'line' ? handleMoveLine : handleReorderAction, initialFormState);
  const field = kind === 'line' ? 'lineId' : 'actionId';
  const button =
    'inline-flex size-9 items-center justify-center rounded-sm border border-slate-400 bg-white text-lg leading-none hover:bg-slate-100 disabled:opacity-40';
  return (
    <form action={formAction} className="flex shrink-0 items-center gap-1">
      <input type="hidden" name={field} value={id} />
      <button type="submit" name="direction" value="up" disabled={first || pending} className={button} aria-label={`${name} omhoog`}>
        <span aria-hidden>↑</span>
      </button>
      <button type="submit" name="direction" value="down" disabled={last || pending} className={button} aria-label={`${name} omlaag`}>
        <span aria-hidden>↓</span>
      </button>
      {state.status === 'error' && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
