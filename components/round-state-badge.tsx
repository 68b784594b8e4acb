import { ROUND_STATE_LABELS, type RoundState } from '@/lib/rounds/round-states';

const STYLES: Record<RoundState, string> = {
  DRAFT: 'border-slate-400 bg-white text-slate-800',
  OPEN: 'border-sky-700 bg-sky-50 text-sky-900',
  CLOSED: 'border-amber-700 bg-amber-50 text-amber-950',
  PUBLISHED: 'border-emerald-700 bg-emerald-50 text-emerald-900',
};

export function RoundStateBadge({ state }: { state: RoundState }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded-sm border px-2 py-0.5 text-sm font-medium ${STYLES[state]}`}>
      {ROUND_STATE_LABELS[state]}
    </span>
  );
}
