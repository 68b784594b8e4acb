import { OUTCOME_LABELS } from '@/lib/import/workbook/workbook-outcome';
import type { WorkbookRowOutcome } from '@/lib/import/workbook/workbook-preview';

// A symbol and a label for every outcome, so colour is never the only signal.
const STYLES: Record<WorkbookRowOutcome, { symbol: string; className: string }> = {
  change: { symbol: '✎', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  unchanged: { symbol: '=', className: 'border-slate-400 bg-white text-slate-800' },
  conflict: { symbol: '⇄', className: 'border-amber-700 bg-amber-50 text-amber-950' },
  refused: { symbol: '✕', className: 'border-rose-700 bg-rose-50 text-rose-900' },
  invalid: { symbol: '!', className: 'border-red-700 bg-red-50 text-red-900' },
};

export function WorkbookOutcomeBadge({ outcome, count }: { outcome: WorkbookRowOutcome; count?: number }) {
  const { symbol, className } = STYLES[outcome];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-sm border px-2 py-0.5 text-sm font-medium ${className}`}>
      <span aria-hidden>{symbol}</span>
      {count !== undefined && <span className="font-semibold">{count}</span>}{' '}
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
