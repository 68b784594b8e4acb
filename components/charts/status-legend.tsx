import { STATUS_FILLS, PRINT_EXACT } from '@/components/charts/status-fills';
import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';

/** Which fill and symbol stand for which status. */
export function StatusLegend() {
  return (
    <ul aria-label="Legenda" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {ACTION_STATUSES.map((status) => (
        <li key={status} className="flex items-center gap-2">
          <span
            aria-hidden
            className="inline-block h-4 w-6 rounded-sm border border-slate-500"
            style={{ ...STATUS_FILLS[status].style, ...PRINT_EXACT }}
          />
          <span aria-hidden className="w-3 text-center font-semibold">
            {STATUS_FILLS[status].symbol}
          </span>
          {STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}
