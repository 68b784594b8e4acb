import Link from 'next/link';
import { ImportStateBadge } from '@/components/import/import-state-badge';
import { formatDateTime } from '@/lib/format-date-time';
import type { BijlagePreview } from '@/lib/import/bijlage/bijlage-preview';
import type { ImportProblem } from '@/lib/import/bijlage/parsed-bijlage';

type ImportState = BijlagePreview['state'];

export type ImportCounts = { create: number; update: number; unchanged: number; skip: number; newLines: number };

/** The upload itself: file, short hash, who, when, where it goes. */
export function ImportFacts(props: {
  fileName: string;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
  state: ImportState;
  plan: { id: number; title: string };
  target: { href: string | null; label: string };
}) {
  return (
    <>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-3xl font-semibold break-all text-rijks-blue">{props.fileName}</h1>
        <ImportStateBadge state={props.state} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Plan</dt>
        <dd>
          <Link href={`/beheer/plannen/${props.plan.id}`}>{props.plan.title}</Link>
        </dd>
        <dt className="font-semibold">Ronde</dt>
        <dd>{props.target.href ? <Link href={props.target.href}>{props.target.label}</Link> : props.target.label}</dd>
        <dt className="font-semibold">Geüpload</dt>
        <dd>
          {formatDateTime(props.uploadedAt.toISOString())} door {props.uploadedBy ?? 'de opdrachtregel'}
        </dd>
        <dt className="font-semibold">SHA-256</dt>
        <dd>
          <code title={props.sha256}>{props.sha256.slice(0, 12)}</code>
        </dd>
      </dl>
    </>
  );
}

const COUNT_LABELS: { key: keyof ImportCounts; label: string }[] = [
  { key: 'create', label: 'nieuw' },
  { key: 'update', label: 'bijgewerkt' },
  { key: 'unchanged', label: 'ongewijzigd' },
  { key: 'skip', label: 'overgeslagen' },
  { key: 'newLines', label: 'nieuwe actielijnen' },
];

/** The counts of what importing does, or did (applyBijlageImport counts as the preview does). */
export function ImportCountList({ counts, label }: { counts: ImportCounts; label: string }) {
  return (
    <div role="group" aria-label={label}>
      <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5">
        {COUNT_LABELS.map(({ key, label: name }) => (
          <div key={key} className="rounded-sm border border-slate-300 bg-white px-3 py-2">
            <dt className="text-sm text-muted">{name}</dt>
            <dd className="text-2xl font-semibold">{counts[key]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** What the reader could not use: first and prominently, with the table and row to look for. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="problemen" className="mt-6 rounded-sm border-2 border-amber-700 bg-amber-50 p-4">
      <h2 id="problemen" className="text-xl font-semibold text-amber-950">
        <span aria-hidden>⚠ </span>
        {problems.length === 1 ? '1 onderdeel niet ingelezen' : `${problems.length} onderdelen niet ingelezen`}
      </h2>
      <p className="mt-1">Wat hier staat, komt niet in de ronde. Pas zo nodig het document aan en upload het opnieuw.</p>
      <ul className="mt-2 grid list-disc gap-1 pl-6">
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.table !== undefined && !problem.message.startsWith('Tabel') && (
              <strong>
                Tabel {problem.table}
                {problem.row !== undefined && `, rij ${problem.row}`}:{' '}
              </strong>
            )}
            {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
