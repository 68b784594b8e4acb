import type { FormState } from '@/lib/errors';

/** The outcome of a form: announced to screen readers, an error as an alert. */
export function FormMessage({ state, id }: { state: FormState; id?: string }) {
  if (state.status === 'idle' || !state.message) return <div id={id} role="status" aria-live="polite" />;
  if (state.status === 'ok') {
    return (
      <div id={id} role="status" aria-live="polite" className="rounded-sm border-l-4 border-emerald-700 bg-emerald-50 px-4 py-2 text-emerald-900">
        <span aria-hidden>✓ </span>
        {state.message}
      </div>
    );
  }
  return (
    <div id={id} role="alert" className="rounded-sm border-l-4 border-red-700 bg-red-50 px-4 py-2 text-red-900">
      <span aria-hidden>⚠ </span>
      {state.message}
    </div>
  );
}
