import Link from 'next/link';
import { ImportCountList, ImportFacts } from '@/components/import/bijlage-import-summary';
import { formatDateTime } from '@/lib/format-date-time';
import type { BijlageImportPage } from '@/lib/import/bijlage/find-bijlage-import';

type Done = Extract<BijlageImportPage, { kind: 'done' }>['import'];

/** An upload that was imported or discarded: what became of it, read-only. */
export function BijlageImportOutcome({ upload }: { upload: Done }) {
  const { outcome, round } = upload;
  const roundId = round?.id ?? outcome?.roundId ?? null;
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span> <Link href={`/beheer/plannen/${upload.plan.id}`}>{upload.plan.title}</Link>{' '}
        <span aria-hidden>›</span> <Link href={`/beheer/plannen/${upload.plan.id}/importeren`}>Bijlage importeren</Link>
      </nav>
      <ImportFacts
        {...upload}
        target={round ? { href: `/beheer/rondes/${round.id}`, label: round.title } : { href: null, label: upload.state === 'APPLIED' ? 'verwijderd' : 'geen' }}
      />
      {upload.state === 'DISCARDED' ? (
        <p role="status" className="mt-6 max-w-3xl rounded-sm border-l-4 border-slate-500 bg-slate-50 px-4 py-3">
          Deze upload is weggegooid: er is niets van geïmporteerd. <Link href={`/beheer/plannen/${upload.plan.id}/importeren`}>Een andere bijlage uploaden</Link>
        </p>
      ) : (
        <>
          <p role="status" className="mt-6 max-w-3xl rounded-sm border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 text-emerald-950">
            <span aria-hidden>✓ </span>
            De bijlage is geïmporteerd
            {upload.appliedAt && ` op ${formatDateTime(upload.appliedAt.toISOString())}`}
            {upload.appliedBy && ` door ${upload.appliedBy}`}.{' '}
            {roundId !== null && (
              <>
                <Link href={`/beheer/rondes/${roundId}`}>Naar de ronde{round ? ` ‘${round.title}’` : ''}</Link>: daar controleert en publiceert u
                haar.
              </>
            )}
          </p>
          {outcome && (
            <ImportCountList
              label="Wat de import deed"
              counts={{ create: outcome.created, update: outcome.updated, unchanged: outcome.unchanged, skip: outcome.skipped, newLines: outcome.newLines }}
            />
          )}
        </>
      )}
    </>
  );
}
