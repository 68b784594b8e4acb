import { DeadlineShiftBadge } from '@/components/deadline-shift-badge';
import { DeadlineText } from '@/components/deadline-text';
import { DiscontinuedNotice } from '@/components/discontinued-notice';
import { StatusBadge } from '@/components/status-badge';
import type { ActionHistory } from '@/lib/actions/find-action-history';
import { lineLabel } from '@/lib/plans/line-label';
import { formatRoundDate } from '@/lib/rounds/format-round-date';

type Props = { history: ActionHistory['history']; discontinued: ActionHistory['discontinued'] };

/**
 * Every published round's status, result and planning for one action, newest first; above them,
 * as the last word, that it is no longer reported, since when and why.
 */
export function ActionTimeline({ history, discontinued }: Props) {
  return (
    <ol className="mt-6 grid gap-6 border-l-4 border-rijks-sky pl-6">
      {discontinued && (
        <li id="niet-meer-gerapporteerd" className="rounded border border-slate-400 bg-slate-50 p-4 whitespace-pre-line">
          <DiscontinuedNotice since={discontinued.since} reason={discontinued.reason} />
        </li>
      )}
      {history.map((entry, index) => {
        // A shift implies the previous round reported the action: the next entry (newest first).
        const previous = history[index + 1];
        return (
          <li
            key={entry.round.id}
            id={`ronde-${entry.round.key}`}
            className="scroll-mt-4 rounded border border-slate-200 p-4 target:border-rijks-blue target:shadow aria-[current=true]:border-rijks-blue aria-[current=true]:shadow"
          >
            <h3 className="text-lg font-semibold">
              {entry.round.title}{' '}
              <span className="font-normal text-muted">({formatRoundDate(entry.round)})</span>
            </h3>
            <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold">Status</dt>
              <dd>
                <StatusBadge status={entry.status} />
              </dd>
              <dt className="font-semibold">Gerapporteerd als</dt>
              <dd>
                {entry.title}{' '}
                <span className="text-muted">
                  ({lineLabel(entry.line)}: {entry.line.title})
                </span>
              </dd>
              <dt className="font-semibold">Resultaat / stand van zaken</dt>
              <dd className="whitespace-pre-line">{entry.result || '—'}</dd>
              <dt className="font-semibold">Wanneer</dt>
              <dd>
                <DeadlineText planning={entry.planning} deadline={entry.deadline} />
                {entry.shift && (
                  <span className="mt-2 block">
                    <DeadlineShiftBadge
                      shift={entry.shift}
                      texts={previous ? { previous: previous.planning, current: entry.planning } : undefined}
                    />
                  </span>
                )}
              </dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
