import { CHANGE_LABELS, type ChangeKind } from '@/lib/plans/compare-rows';

const STYLES: Record<ChangeKind, { symbol: string; className: string }> = {
  NEW: { symbol: '+', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  CHANGED: { symbol: '≠', className: 'border-amber-700 bg-amber-50 text-amber-900' },
  UNCHANGED: { symbol: '=', className: 'border-slate-400 bg-slate-50 text-slate-800' },
  REMOVED: { symbol: '–', className: 'border-rose-700 bg-rose-50 text-rose-900' },
};

export function ChangeBadge({ kind }: { kind: ChangeKind }) {
  const { symbol, className } = STYLES[kind];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${className}`}>
      <span aria-hidden>{symbol}</span>
      {CHANGE_LABELS[kind]}
    </span>
  );
}
