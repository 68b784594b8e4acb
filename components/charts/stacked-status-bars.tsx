import { PRINT_EXACT, STATUS_FILLS } from '@/components/charts/status-fills';
import { ACTION_STATUSES, STATUS_LABELS } from '@/lib/actions/status';
import { totalOf, type StatusCounts } from '@/lib/actions/status-counts';

export type StatusBar = { key: string; label: string; counts: StatusCounts };

/** "3 afgerond, 2 loopt": the bar in words, for screen readers. */
function describe(counts: StatusCounts): string {
  const parts = ACTION_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${STATUS_LABELS[s]}`);
  return parts.length > 0 ? parts.join(', ') : 'geen acties';
}

/**
 * Horizontal stacked bars on one scale: the longest bar is the largest total. Each segment shows
 * the status symbol and count on a white chip; the words behind each bar are there for screen readers.
 */
export function StackedStatusBars({ bars }: { bars: StatusBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => totalOf(bar.counts)));
  return (
    <ul className="grid gap-3">
      {bars.map((bar) => {
        const sum = totalOf(bar.counts);
        const present = ACTION_STATUSES.filter((status) => bar.counts[status] > 0);
        return (
          <li key={bar.key} className="grid gap-1 sm:grid-cols-[minmax(10rem,18rem)_1fr] sm:items-center sm:gap-4">
            <span className="text-sm font-medium">{bar.label}</span>
            <span className="flex items-center gap-2">
              <span
                aria-hidden
                className="flex h-9 overflow-hidden rounded-sm border border-slate-500"
                style={{ width: `${(sum / max) * 100}%`, minWidth: `${present.length * 2.75}rem` }}
              >
                {present.map((status) => (
                  <span
                    key={status}
                    title={`${STATUS_LABELS[status]}: ${bar.counts[status]}`}
                    className="@container flex min-w-[2.75rem] items-center justify-center border-r-2 border-white last:border-r-0"
                    style={{ flex: `${bar.counts[status]} 1 0`, ...STATUS_FILLS[status].style, ...PRINT_EXACT }}
                  >
                    <span className="rounded-sm bg-white px-1.5 text-sm font-semibold whitespace-nowrap text-ink">
                      {STATUS_FILLS[status].symbol} {bar.counts[status]}
                      {/* The label too, where the segment has room for it. */}
                      <span className="hidden font-normal @[10rem]:inline"> {STATUS_LABELS[status]}</span>
                    </span>
                  </span>
                ))}
              </span>
              <span className="text-sm whitespace-nowrap text-muted" aria-hidden>
                {sum}
              </span>
              <span className="sr-only">
                {sum} {sum === 1 ? 'actie' : 'acties'}: {describe(bar.counts)}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
