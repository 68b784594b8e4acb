import Link from 'next/link';
import { DeadlineShiftBadge } from '@/components/deadline-shift-badge';
import { DeadlineText } from '@/components/deadline-text';
import { OrganisationList } from '@/components/organisation-list';
import { OverdueLabel } from '@/components/overdue-label';
import { stacked } from '@/components/stacked-table';
import { StatusBadge } from '@/components/status-badge';
import type { ActionRow } from '@/lib/plans/find-plan-overview';
import { planUrls } from '@/lib/plans/plan-urls';

type Props = { caption: string; planSlug: string; roundKey: string; actions: ActionRow[] };

/**
 * The bijlage's table for one line: Actie | Verantwoordelijk | Status | Resultaat | Wanneer.
 * On a phone each action is a card with the same cells in the same order (see stacked-table).
 */
export function ActionTable({ caption, planSlug, roundKey, actions }: Props) {
  return (
    <div className="relative overflow-x-auto">
      <table className={`w-full border-collapse text-left align-top text-[0.95rem] ${stacked.table}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={stacked.head}>
          <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
            <th scope="col" className="w-1/4 p-3">Actie</th>
            <th scope="col" className="p-3">Verantwoordelijk</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="w-1/3 p-3">Resultaat / stand van zaken</th>
            <th scope="col" className="p-3">Wanneer</th>
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {actions.map((action) => (
            <tr key={action.actionId} className={`border-b border-slate-200 align-top ${stacked.card}`}>
              <th scope="row" className={`p-3 font-normal ${stacked.cell} ${stacked.wide}`}>
                <Link href={planUrls.action(planSlug, action.actionId, roundKey)} className="font-medium">
                  {action.title}
                </Link>
              </th>
              <td className={`p-3 ${stacked.cell} ${stacked.label}`} data-label="Verantwoordelijk">
                <OrganisationList organisations={action.responsible} />
              </td>
              <td className={`p-3 ${stacked.cell} ${stacked.label}`} data-label="Status">
                <div className="flex flex-col items-start gap-1">
                  <StatusBadge status={action.status} />
                  {action.overdue && <OverdueLabel />}
                </div>
              </td>
              <td className={`p-3 whitespace-pre-line ${stacked.cell} ${stacked.wide} ${stacked.label}`} data-label="Resultaat / stand van zaken">
                {action.result || '—'}
              </td>
              <td className={`p-3 ${stacked.cell} ${stacked.wide} ${stacked.label}`} data-label="Wanneer">
                <DeadlineText planning={action.planning} deadline={action.deadline} />
                {action.shift && (
                  <span className="mt-2 block">
                    <DeadlineShiftBadge shift={action.shift} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
