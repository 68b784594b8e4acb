import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { BijlageChoicesForm } from '@/components/import/bijlage-choices-form';
import { BijlageImportOutcome } from '@/components/import/bijlage-import-outcome';
import { BijlagePreviewRows } from '@/components/import/bijlage-preview-rows';
import { ImportCountList, ImportFacts, ImportProblems } from '@/components/import/bijlage-import-summary';
import { DiscardImportForm } from '@/components/import/discard-import-form';
import { requireMinistryEditor } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format-date-time';
import type { BijlagePreview } from '@/lib/import/bijlage/bijlage-preview';
import { findBijlageImport } from '@/lib/import/bijlage/find-bijlage-import';
import { idField } from '@/lib/validation/fields';
import { decodeChoices, encodeChoices } from '@/lib/validation/import-bijlage';

export const metadata: Metadata = { title: 'Bijlage: voorbeeld van de import' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ importId: string }>; searchParams: Promise<{ keuze?: string | string[] }> };

/** An uploaded bijlage: the preview of its import with the editor's choices, or what became of it. */
export default async function BijlageImportPage({ params, searchParams }: Props) {
  const [{ importId }, { keuze }] = await Promise.all([params, searchParams]);
  const user = await requireMinistryEditor(`/beheer/importeren/${importId}`);
  const id = idField.safeParse(importId);
  if (!id.success) notFound();
  const choices = decodeChoices(typeof keuze === 'string' ? keuze : undefined);
  const page = await findBijlageImport({ user, importId: id.data, choices: choices ?? {} });
  if (!page) notFound();
  if (page.kind === 'workbook') redirect(page.href);
  if (page.kind === 'done') return <BijlageImportOutcome upload={page.import} />;
  const { preview } = page;
  const choiceErrors = [
    ...(choices === null ? ['De koppelingen in het adres zijn onleesbaar; het voorbeeld toont de voorstellen.'] : []),
    ...preview.choiceProblems,
  ];
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span> <Link href={`/beheer/plannen/${preview.plan.id}`}>{preview.plan.title}</Link>{' '}
        <span aria-hidden>›</span> <Link href={`/beheer/plannen/${preview.plan.id}/importeren`}>Bijlage importeren</Link>
      </nav>
      <ImportFacts {...preview} target={targetOf(preview)} />
      <p className="mt-4 max-w-3xl rounded-sm border-l-4 border-rijks-blue bg-rijks-sky/50 px-4 py-3">
        Dit is een voorbeeld: er is nog niets opgeslagen. Controleer de koppelingen, wijzig ze waar nodig en kies onderaan
        ‘Importeren’.
      </p>
      {choiceErrors.length > 0 && (
        <div role="alert" className="mt-3 max-w-3xl rounded-sm border-l-4 border-red-700 bg-red-50 px-4 py-2 text-red-900">
          <p className="font-semibold">
            <span aria-hidden>⚠ </span>
            Zo kan de bijlage niet worden geïmporteerd: pas de koppelingen aan.
          </p>
          <ul className="mt-1 list-disc pl-6">
            {choiceErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.appliedBefore && (
        <p className="mt-3 max-w-3xl rounded-sm border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
          Dit bestand is al geïmporteerd in deze ronde, op {formatDateTime(preview.appliedBefore.at.toISOString())}
          {preview.appliedBefore.by && ` door ${preview.appliedBefore.by}`} (
          <Link href={`/beheer/importeren/${preview.appliedBefore.importId}`}>die import</Link>). Opnieuw importeren verandert niets.
        </p>
      )}
      <ImportProblems problems={preview.problems} />
      <h2 className="mt-6 text-2xl font-semibold">Wat importeren doet</h2>
      <ImportCountList counts={preview.counts} label="Wat importeren doet" />
      <UnmatchedActions actions={preview.unmatchedActions} />

      <h2 className="mt-8 text-2xl font-semibold">Rijen per kop ({preview.rows.length})</h2>
      <BijlageChoicesForm
        key={encodeChoices(choices ?? {})}
        importId={preview.importId}
        proposals={encodeChoices(proposalsOf(preview))}
        roundIsNew={preview.target.kind === 'new'}
      >
        {preview.rows.length === 0 ? <p className="mt-2">Het document bevat geen rijen die ingelezen konden worden.</p> : <BijlagePreviewRows preview={preview} />}
      </BijlageChoicesForm>

      <section aria-labelledby="weggooien" className="mt-8 rounded-sm border border-slate-300 p-4">
        <h2 id="weggooien" className="text-xl font-semibold">
          Niet importeren
        </h2>
        <DiscardImportForm importId={preview.importId} />
      </section>
    </>
  );
}

function targetOf(preview: BijlagePreview) {
  const { target } = preview;
  if (target.kind === 'new') return { href: null, label: `Nieuwe ronde ‘${target.title}’ (${target.date}), wordt bij het importeren aangemaakt` };
  return { href: `/beheer/rondes/${target.roundId}`, label: target.title };
}

/** Each row's proposed match as a choice. */
function proposalsOf(preview: BijlagePreview) {
  return Object.fromEntries(preview.rows.map((row) => [row.index, row.proposed.kind === 'new' ? 'new' : row.proposed.actionId] as const));
}

function UnmatchedActions({ actions }: { actions: BijlagePreview['unmatchedActions'] }) {
  if (actions.length === 0) return null;
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-semibold text-rijks-blue">
        {actions.length === 1 ? '1 actie van het plan staat' : `${actions.length} acties van het plan staan`} niet in dit document
      </summary>
      <p className="mt-1 text-sm text-muted">Zij blijven zoals ze zijn.</p>
      <ul className="mt-2 grid list-disc gap-1 pl-6">
        {actions.map((action) => (
          <li key={action.actionId}>
            {action.lineCode}: {action.title}
          </li>
        ))}
      </ul>
    </details>
  );
}
