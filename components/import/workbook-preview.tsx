import type { ReactNode } from 'react';
import { WorkbookDecision } from '@/components/import/workbook-decision';
import { WorkbookOutcomeBadge } from '@/components/import/workbook-outcome-badge';
import { WorkbookRowCard } from '@/components/import/workbook-row';
import { formatDateTime } from '@/lib/format-date-time';
import type { WorkbookSettled } from '@/lib/import/workbook/find-workbook-preview';
import { appliedWorkbookMessage, OUTCOME_ORDER } from '@/lib/import/workbook/workbook-outcome';
import type { WorkbookPreview, WorkbookPreviewRow } from '@/lib/import/workbook/workbook-preview';
import { workbookUrls, type WorkbookAudience } from '@/lib/import/workbook/workbook-urls';

type Props = { preview: WorkbookPreview; settled: WorkbookSettled | null; ownUpload: boolean; audience: WorkbookAudience };

const ROUND_STATES = { DRAFT: 'concept', OPEN: 'open voor invoer', CLOSED: 'gesloten', PUBLISHED: 'gepubliceerd' } as const;

/**
 * An uploaded workbook before it is saved: the file, who uploaded it and when, the counts per
 * outcome, the problems first, then every row that changes something; unchanged rows folded away.
 * Cards, one under the other on a phone. Once saved or discarded: only what became of it.
 */
export function WorkbookPreviewView({ preview, settled, ownUpload, audience }: Props) {
  const { round } = preview;
  const home = workbookUrls.home(audience, round.id);
  const back = { href: home, label: audience === 'partner' ? 'Terug naar de werkruimte' : `Terug naar ${round.title}` };
  const rank = (row: WorkbookPreviewRow) => OUTCOME_ORDER.indexOf(row.outcome);
  const rows = [...preview.rows].sort((a, b) => rank(a) - rank(b) || a.row - b.row);
  const redownloadHint =
    audience === 'partner' ? (
      <>
        download <a href={workbookUrls.download('partner', round.id, 'xlsx')}>een nieuwe werkmap</a> met de huidige teksten en vul die in.
      </>
    ) : (
      <>download bij de ronde een nieuwe werkmap met de huidige teksten en vul die in.</>
    );

  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Werkmap bekijken</h1>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Bestand</dt>
        <dd className="break-all">
          {preview.fileName} <span className="text-muted">({preview.format === 'xlsx' ? 'Excel-werkmap' : 'CSV'})</span>
        </dd>
        <dt className="font-semibold">Geüpload</dt>
        <dd>
          {formatDateTime(preview.uploadedAt.toISOString())}
          {preview.uploadedBy && ` door ${preview.uploadedBy}`}
        </dd>
        <dt className="font-semibold">Ronde</dt>
        <dd>
          {round.title} ({ROUND_STATES[round.state]}) · {preview.plan.title}
        </dd>
      </dl>

      {settled ? (
        <SettledNotice settled={settled} back={back} />
      ) : (
        <Pending preview={preview} ownUpload={ownUpload} rows={rows} home={home} redownloadHint={redownloadHint} />
      )}
    </>
  );
}

function SettledNotice({ settled, back }: { settled: WorkbookSettled; back: { href: string; label: string } }) {
  return (
    <div className="mt-6 grid gap-2">
      {settled.state === 'APPLIED' ? (
        <div role="status" className="rounded-sm border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 text-emerald-900">
          <p className="font-semibold">
            <span aria-hidden>✓ </span>
            {settled.outcome ? appliedWorkbookMessage(settled.outcome) : 'De werkmap is opgeslagen.'}
          </p>
          <p className="mt-1 text-sm">
            Opgeslagen op {formatDateTime(settled.appliedAt.toISOString())}
            {settled.appliedBy && ` door ${settled.appliedBy}`}. Elke opgeslagen actie heeft een nieuwe versie; de vorige blijft bewaard.
          </p>
        </div>
      ) : (
        <p role="status" className="rounded-sm border-l-4 border-slate-500 bg-slate-50 px-4 py-3">
          Deze werkmap is weggegooid; er is niets uit opgeslagen.
        </p>
      )}
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </div>
  );
}

type PendingProps = {
  preview: WorkbookPreview;
  ownUpload: boolean;
  rows: WorkbookPreviewRow[];
  home: string;
  redownloadHint: ReactNode;
};

function Pending({ preview, ownUpload, rows, home, redownloadHint }: PendingProps) {
  const shown = rows.filter((row) => row.outcome !== 'unchanged');
  const unchanged = rows.filter((row) => row.outcome === 'unchanged');
  return (
    <>
      {preview.problems.length > 0 && (
        <section aria-labelledby="werkmap-problemen" role="alert" className="mt-6 border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <h2 id="werkmap-problemen" className="font-semibold">
            Problemen met het bestand
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {preview.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="werkmap-telling" className="mt-6">
        <h2 id="werkmap-telling" className="text-xl font-semibold">
          {preview.rows.length === 1 ? '1 rij' : `${preview.rows.length} rijen`} in de werkmap
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {OUTCOME_ORDER.map((outcome) => (
            <li key={outcome}>
              <WorkbookOutcomeBadge outcome={outcome} count={preview.counts[outcome]} />
            </li>
          ))}
        </ul>
      </section>

      <WorkbookDecision
        importId={preview.importId}
        previewKey={preview.previewKey}
        changes={preview.counts.change}
        ownUpload={ownUpload}
        uploadedBy={preview.uploadedBy}
      />

      {shown.length > 0 && (
        <section aria-labelledby="werkmap-rijen" className="mt-8">
          <h2 id="werkmap-rijen" className="text-2xl font-semibold">
            Wat de werkmap verandert
          </h2>
          <ol className="mt-4 grid gap-4">
            {shown.map((row) => (
              <li key={row.row}>
                <WorkbookRowCard row={row} workspaceHref={home} redownloadHint={redownloadHint} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {unchanged.length > 0 && (
        <details className="mt-6 rounded-sm border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-semibold">
            {unchanged.length === 1 ? '1 actie is ongewijzigd' : `${unchanged.length} acties zijn ongewijzigd`}
          </summary>
          <ul className="mt-2 grid gap-1">
            {unchanged.map((row) => (
              <li key={row.row}>
                <span className="text-muted">Rij {row.row}:</span> {row.actionTitle}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
