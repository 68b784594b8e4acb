import Link from 'next/link';
import { OverdueLabel } from '@/components/overdue-label';
import { formatDeadline } from '@/lib/deadlines/format-deadline';
import type { ActionRow } from '@/lib/plans/round-rows';
import { planUrls } from '@/lib/plans/plan-urls';
import type { timeAxis } from '@/lib/plans/time-axis';

type Axis = NonNullable<ReturnType<typeof timeAxis>>;
type Props = { caption: string; actions: ActionRow[]; axis: Axis; planSlug: string; roundKey: string };

/**
 * A line's actions on the time axis; the Periode column says the same in words. On a phone the
 * table scrolls sideways (a focusable region, for keyboard users) with the action's title kept in view.
 */
export function DeadlineTimeline({ caption, actions, axis, planSlug, roundKey }: Props) {
  const columns = `repeat(${axis.columns.length}, minmax(2.75rem, 1fr))`;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="relative mt-3 overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
            <th scope="col" className="sticky left-0 z-10 w-40 bg-rijks-sky p-2 sm:w-64">Actie</th>
            <th scope="col" className="w-32 p-2">Periode</th>
            <th scope="col" className="p-0">
              <span className="sr-only">Tijdlijn</span>
              <div aria-hidden className="grid" style={{ gridTemplateColumns: columns }}>
                {axis.columns.map((column) => (
                  <span key={column.label} className="border-l border-slate-300 px-1 py-2 text-xs font-normal">
                    {column.label}
                  </span>
                ))}
              </div>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const bar = axis.position(action.deadline);
            return (
              <tr key={action.actionId} className="border-b border-slate-200 align-top">
                <th scope="row" className="sticky left-0 z-10 bg-white p-2 font-normal">
                  <Link href={planUrls.action(planSlug, action.actionId, roundKey)}>{action.title}</Link>
                </th>
                <td className="p-2">
                  {formatDeadline(action.deadline) ?? <span className="text-muted">geen datum</span>}
                  {action.overdue && (
                    <div className="mt-1">
                      <OverdueLabel />
                    </div>
                  )}
                </td>
                <td className="relative p-0">
                  <div aria-hidden className="absolute inset-0 grid" style={{ gridTemplateColumns: columns }}>
                    {axis.columns.map((column) => (
                      <span key={column.label} className="border-l border-slate-200" />
                    ))}
                  </div>
                  {bar && (
                    <div
                      aria-hidden
                      className={`relative my-3 h-4 rounded-sm ${action.overdue ? 'bg-red-700' : 'bg-rijks-blue'} ${
                        bar.openStart ? 'rounded-l-none opacity-80' : ''
                      }`}
                      style={{ marginLeft: `${bar.leftPercent}%`, width: `${bar.widthPercent}%` }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
