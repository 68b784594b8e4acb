import Link from 'next/link';
import { Fragment } from 'react';
import { ChangeBadge } from '@/components/change-badge';
import { DeadlineShiftBadge } from '@/components/deadline-shift-badge';
import { StatusBadge } from '@/components/status-badge';
import { WordDiff } from '@/components/word-diff';
import type { ActionChange } from '@/lib/plans/compare-rows';
import { planUrls } from '@/lib/plans/plan-urls';

type Props = { changes: ActionChange[]; planSlug: string; roundKey: string };

/** Per action what changed since the previous report; unchanged ones collapse to their title. */
export function ChangeList({ changes, planSlug, roundKey }: Props) {
  return (
    <ul className="mt-4 grid gap-4">
      {changes.map((change) => (
        <li key={change.actionId} className="rounded border border-slate-200 p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ChangeBadge kind={change.kind} />
            <Link href={planUrls.action(planSlug, change.actionId, change.kind === 'REMOVED' ? undefined : roundKey)} className="font-medium">
              {change.row.title}
            </Link>
          </div>
          {change.kind !== 'REMOVED' && change.row.shift && (
            <p className="mt-2">
              <DeadlineShiftBadge
                shift={change.row.shift}
                texts={change.previous ? { previous: change.previous.planning, current: change.row.planning } : undefined}
              />
            </p>
          )}
          <ChangeDetails change={change} />
        </li>
      ))}
    </ul>
  );
}

function ChangeDetails({ change }: { change: ActionChange }) {
  if (change.kind === 'UNCHANGED') return null;
  if (change.kind === 'NEW' || change.kind === 'REMOVED') {
    return (
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{change.kind === 'NEW' ? 'Status' : 'Laatst gerapporteerde status'}</dt>
        <dd>
          <StatusBadge status={change.row.status} />
        </dd>
        <dt className="font-semibold">Resultaat / stand van zaken</dt>
        <dd className="whitespace-pre-line">{change.row.result || '—'}</dd>
      </dl>
    );
  }
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
      {change.statusChanged && (
        <>
          <dt className="font-semibold">Status</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <StatusBadge status={change.previous!.status} />
            <span aria-hidden>→</span>
            <span className="sr-only">wordt</span>
            <StatusBadge status={change.row.status} />
          </dd>
        </>
      )}
      {change.textChanges.map((diff) => (
        <Fragment key={diff.field}>
          <dt className="font-semibold">{diff.label}</dt>
          <dd>
            <WordDiff parts={diff.parts} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
