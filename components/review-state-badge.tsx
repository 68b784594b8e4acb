import { REVIEW_STATE_LABELS, type ReviewState } from '@/lib/review/review-states';

// A symbol and a label for every state, so colour is never the only signal.
const STYLES: Record<ReviewState, { symbol: string; className: string }> = {
  NOT_STARTED: { symbol: '○', className: 'border-slate-400 bg-white text-slate-800' },
  IN_PROGRESS: { symbol: '✎', className: 'border-sky-700 bg-sky-50 text-sky-900' },
  READY_FOR_REVIEW: { symbol: '➜', className: 'border-amber-700 bg-amber-50 text-amber-950' },
  APPROVED: { symbol: '✓', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  RETURNED: { symbol: '↩', className: 'border-rose-700 bg-rose-50 text-rose-900' },
};

export function ReviewStateBadge({ state }: { state: ReviewState }) {
  const { symbol, className } = STYLES[state];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-sm border px-2 py-0.5 text-sm font-medium ${className}`}>
      <span aria-hidden>{symbol}</span>
      {REVIEW_STATE_LABELS[state]}
    </span>
  );
}
