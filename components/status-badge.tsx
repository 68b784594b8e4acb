import { STATUS_LABELS, type ActionStatus } from '@/lib/actions/status';

// Each status has a symbol and a written label, so colour is never the only signal.
const STYLES: Record<ActionStatus, { symbol: string; className: string }> = {
  NOT_STARTED: { symbol: '○', className: 'border-slate-400 bg-slate-50 text-slate-800' },
  IN_PROGRESS: { symbol: '►', className: 'border-sky-700 bg-sky-50 text-sky-900' },
  DELAYED: { symbol: '!', className: 'border-amber-700 bg-amber-50 text-amber-900' },
  COMPLETED: { symbol: '✓', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  STOPPED: { symbol: '✕', className: 'border-rose-700 bg-rose-50 text-rose-900' },
};

export function StatusBadge({ status }: { status: ActionStatus }) {
  const { symbol, className } = STYLES[status];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${className}`}
    >
      <span aria-hidden>{symbol}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
