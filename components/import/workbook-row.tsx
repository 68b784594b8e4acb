import type { ReactNode } from 'react';
import { WorkbookOutcomeBadge } from '@/components/import/workbook-outcome-badge';
import type { ActionStatus } from '@/lib/actions/status';
import { StatusBadge } from '@/components/status-badge';
import { WordDiff } from '@/components/word-diff';
import { formatDateTime } from '@/lib/format-date-time';
import type { WorkbookPreviewRow } from '@/lib/import/workbook/workbook-preview';

type Props = { row: WorkbookPreviewRow; workspaceHref: string; redownloadHint: ReactNode };

/**
 * One row of an uploaded workbook: which action, what happens to it, the Dutch messages naming row
 * and column, and per changed cell the word diff against the current text. A conflict shows the
 * current text beside the row's, and what to do about it.
 */
export function WorkbookRowCard({ row, workspaceHref, redownloadHint }: Props) {
  const headingId = `rij-${row.row}`;
  return (
    <article aria-labelledby={headingId} className="rounded-sm border border-slate-300 bg-white">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 bg-rijks-sky/60 px-4 py-3">
        <div className="min-w-0">
          <p className="text-sm text-muted">Rij {row.row}{row.lineCode && ` · actielijn ${row.lineCode}`}</p>
          <h3 id={headingId} className="text-lg font-semibold break-words">
            {row.actionTitle || 'Actie zonder titel'}
          </h3>
        </div>
        <WorkbookOutcomeBadge outcome={row.outcome} />
      </header>
      <div className="grid gap-4 p-4">
        {row.messages.length > 0 && (
          <ul className="grid gap-1" aria-label={`Meldingen bij rij ${row.row}`}>
            {row.messages.map((message) => (
              <li key={message} className={`border-l-4 px-3 py-1 ${row.outcome === 'change' || row.outcome === 'unchanged' ? 'border-sky-700 bg-sky-50' : 'border-red-700 bg-red-50 text-red-900'}`}>
                {message}
              </li>
            ))}
          </ul>
        )}
        {row.outcome === 'change' && <RowChanges row={row} />}
        {row.outcome === 'conflict' && <RowConflict row={row} workspaceHref={workspaceHref} redownloadHint={redownloadHint} />}
      </div>
    </article>
  );
}

function RowChanges({ row }: { row: WorkbookPreviewRow }) {
  const { status, result, planning } = row.diff;
  return (
    <dl className="grid gap-3">
      {status && (
        <div>
          <dt className="font-semibold">Status</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            <StatusBadge status={status.from} /> <span aria-hidden>→</span>
            <span className="sr-only">wordt</span> <StatusBadge status={status.to} />
          </dd>
        </div>
      )}
      {result && (
        <div>
          <dt className="font-semibold">Resultaat / stand van zaken</dt>
          <dd className="mt-1 break-words">
            <WordDiff parts={result} />
          </dd>
        </div>
      )}
      {planning && (
        <div>
          <dt className="font-semibold">Planning</dt>
          <dd className="mt-1 break-words">
            <WordDiff parts={planning} />
          </dd>
        </div>
      )}
    </dl>
  );
}

function RowConflict({ row, workspaceHref, redownloadHint }: Props) {
  const { current, proposed } = row;
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2">
        {current && (
          <section aria-label={`Nu opgeslagen: rij ${row.row}`} className="min-w-0 rounded-sm bg-slate-50 p-3">
            <h4 className="font-semibold">Nu opgeslagen (versie {current.version})</h4>
            <p className="text-sm text-muted">
              Door {current.savedBy ?? 'onbekend'} op {formatDateTime(current.savedAt.toISOString())}
            </p>
            <Texts content={current} />
          </section>
        )}
        {proposed && (
          <section aria-label={`In uw werkmap: rij ${row.row}`} className="min-w-0 rounded-sm border-2 border-amber-700 bg-amber-50 p-3">
            <h4 className="font-semibold">In de werkmap{row.baseVersion !== null && ` (gebaseerd op versie ${row.baseVersion})`}</h4>
            <p className="text-sm text-muted">Wordt niet opgeslagen</p>
            <Texts content={proposed} />
          </section>
        )}
      </div>
      <p>
        Deze actie is bijgewerkt nadat u de werkmap downloadde; uw tekst wordt er niet overheen gezet. Neem wat u wilt houden
        over in <a href={workspaceHref}>het formulier van de actie</a>, of {redownloadHint}
      </p>
    </>
  );
}

function Texts({ content }: { content: { status: ActionStatus; result: string; planning: string } }) {
  return (
    <dl className="mt-2 grid gap-2">
      <div>
        <dt className="text-sm font-semibold">Status</dt>
        <dd>
          <StatusBadge status={content.status} />
        </dd>
      </div>
      <div>
        <dt className="text-sm font-semibold">Resultaat / stand van zaken</dt>
        <dd className="whitespace-pre-line break-words">{content.result || '—'}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold">Planning</dt>
        <dd className="whitespace-pre-line break-words">{content.planning || '—'}</dd>
      </div>
    </dl>
  );
}
