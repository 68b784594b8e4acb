import type { ActionRow } from '@/lib/plans/find-plan-overview';

/**
 * The table of the ministry's Word bijlage: Actie | Resultaat / stand van zaken | Wanneer, with a ✓
 * before the Wanneer text of completed actions. Plain text, no links: it is made to be printed.
 * On a phone the table scrolls sideways (a focusable region, for keyboard users) rather than
 * breaking words; on paper it takes the page's width.
 */
export function BijlageTable({ caption, actions }: { caption: string; actions: ActionRow[] }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="relative mt-3 overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[34rem] border-collapse text-left align-top text-[0.95rem] print:min-w-0 print:text-[9.5pt]">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-[30%]" />
          <col className="w-[50%]" />
          <col className="w-[20%]" />
        </colgroup>
        <thead>
          <tr className="bg-rijks-sky">
            <th scope="col" className="border border-slate-400 p-2">Actie</th>
            <th scope="col" className="border border-slate-400 p-2">Resultaat / stand van zaken</th>
            <th scope="col" className="border border-slate-400 p-2">Wanneer</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.actionId} className="align-top">
              <th scope="row" className="border border-slate-400 p-2 font-normal">{action.title}</th>
              <td className="border border-slate-400 p-2 whitespace-pre-line">{action.result}</td>
              <td className="border border-slate-400 p-2 whitespace-pre-line">
                {action.status === 'COMPLETED' && (
                  <>
                    <span aria-hidden>✓ </span>
                    <span className="sr-only">afgerond: </span>
                  </>
                )}
                {action.planning}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
