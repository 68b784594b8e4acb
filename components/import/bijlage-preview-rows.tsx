import { StatusBadge } from '@/components/status-badge';
import { WordDiff } from '@/components/word-diff';
import { STATUS_LABELS } from '@/lib/actions/status';
import type { BijlagePreview, BijlagePreviewRow, MatchCandidate, PreviewLine } from '@/lib/import/bijlage/bijlage-preview';
import { choiceValue } from '@/lib/validation/import-bijlage';
import { ParliamentReferenceLink } from '@/components/parliament-reference-link';

const EFFECT_LABELS: Record<BijlagePreviewRow['effect'], { text: string; className: string }> = {
  create: { text: 'Wordt een nieuwe actie', className: 'border-sky-700 bg-sky-50 text-sky-900' },
  update: { text: 'Wordt bijgewerkt', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  unchanged: { text: 'Ongewijzigd', className: 'border-slate-400 bg-slate-50 text-slate-800' },
  skip: { text: 'Wordt overgeslagen', className: 'border-slate-400 bg-slate-100 text-slate-800' },
};

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * The rows of the preview per heading of the document, each with its proposed match, a choice of
 * match (a plain select: the form works without JavaScript), its status and the word diff against
 * the previous round. Rows that would not change are folded away per heading; their choices are
 * still part of the form.
 */
export function BijlagePreviewRows({ preview }: { preview: BijlagePreview }) {
  const sections: { line: PreviewLine | null; rows: BijlagePreviewRow[] }[] = [];
  const loose = preview.rows.filter((row) => row.lineIndex === null);
  if (loose.length > 0) sections.push({ line: null, rows: loose });
  for (const line of preview.lines) sections.push({ line, rows: preview.rows.filter((row) => row.lineIndex === line.index) });
  const titles = new Map(preview.rows.flatMap((row) => row.candidates).map((c) => [c.actionId, c]));
  return (
    <div className="mt-4 grid gap-6">
      {sections
        .filter((section) => section.rows.length > 0)
        .map(({ line, rows }) => {
          const unchanged = rows.filter((row) => row.effect === 'unchanged');
          const shown = rows.filter((row) => row.effect !== 'unchanged');
          const headingId = `kop-${line?.index ?? 'geen'}`;
          return (
            <section key={headingId} aria-labelledby={headingId} className="rounded-sm border border-slate-300 bg-white">
              <header className="border-b border-slate-200 bg-rijks-sky/60 px-4 py-3">
                <h3 id={headingId} className="text-lg font-semibold">
                  {line ? line.text : 'Rijen vóór de eerste kop'}
                </h3>
                <p className="text-sm">
                  {!line
                    ? 'Deze rijen staan onder geen actielijn: kies voor elk een actie of sla het over.'
                    : line.line
                      ? `Komt onder actielijn ${line.line.code}. ${line.line.title}`
                      : 'Nieuwe actielijn: wordt bij het importeren aangemaakt.'}
                </p>
              </header>
              <ol className="grid gap-3 p-3 sm:p-4">
                {shown.map((row) => (
                  <li key={row.index}>
                    <RowCard row={row} titles={titles} />
                  </li>
                ))}
              </ol>
              {unchanged.length > 0 && (
                <details className="border-t border-slate-200 px-3 py-2 sm:px-4">
                  <summary className="cursor-pointer font-semibold text-rijks-blue">
                    {unchanged.length === 1 ? '1 rij ongewijzigd' : `${unchanged.length} rijen ongewijzigd`}
                  </summary>
                  <ol className="mt-2 grid gap-3">
                    {unchanged.map((row) => (
                      <li key={row.index}>
                        <RowCard row={row} titles={titles} />
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </section>
          );
        })}
    </div>
  );
}

function RowCard({ row, titles }: { row: BijlagePreviewRow; titles: Map<number, MatchCandidate> }) {
  const effect = EFFECT_LABELS[row.effect];
  const selectId = `keuze-${row.index}`;
  return (
    <article aria-labelledby={`rij-${row.index}`} className="grid gap-3 rounded-sm border border-slate-300 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`rij-${row.index}`} className="font-semibold break-words">
          {row.title}
        </h4>
        <span className="text-sm text-muted">
          Tabel {row.table}, rij {row.row}
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <ProposedMatch row={row} titles={titles} />
        <span className={`inline-flex rounded border px-2 py-0.5 font-medium ${effect.className}`}>{effect.text}</span>
      </div>
      <div className="grid gap-0.5">
        <label htmlFor={selectId} className="text-sm font-semibold">
          Koppeling van deze rij
        </label>
        <select
          id={selectId}
          name={selectId}
          defaultValue={row.lineIndex === null && row.chosen === 'new' ? '' : choiceValue(row.chosen)}
          className="block min-h-11 w-full max-w-2xl rounded-sm border border-slate-500 bg-white px-3 py-2"
        >
          {row.lineIndex !== null ? <option value="nieuw">Nieuwe actie</option> : row.chosen === 'new' && <option value="">Kies een actie</option>}
          {choiceOptions(row, titles).map((candidate) => (
            <option key={candidate.actionId} value={candidate.actionId}>
              {candidate.lineCode}: {candidate.title}
              {candidate.score !== null ? ` (${percent(candidate.score)})` : ''}
            </option>
          ))}
          <option value="overslaan">Overslaan: niet importeren</option>
        </select>
      </div>
      {row.effect !== 'skip' && <RowTexts row={row} />}
    </article>
  );
}

/** The candidates, and the chosen action when it is not one of them (chosen by its id in the address). */
function choiceOptions(row: BijlagePreviewRow, titles: Map<number, MatchCandidate>) {
  const options: (Omit<MatchCandidate, 'score'> & { score: number | null })[] = [...row.candidates];
  if (typeof row.chosen === 'number' && !options.some((c) => c.actionId === row.chosen)) {
    const known = titles.get(row.chosen);
    options.push({ actionId: row.chosen, title: known?.title ?? `actie ${row.chosen}`, lineCode: known?.lineCode ?? '?', score: null });
  }
  return options;
}

function ProposedMatch({ row, titles }: { row: BijlagePreviewRow; titles: Map<number, MatchCandidate> }) {
  const { proposed } = row;
  if (proposed.kind === 'new') return <span className="rounded border border-sky-700 bg-white px-2 py-0.5 font-medium">Voorstel: nieuw</span>;
  if (proposed.kind === 'exact') return <span className="rounded border border-emerald-700 bg-white px-2 py-0.5 font-medium">Voorstel: exact</span>;
  const title = titles.get(proposed.actionId)?.title ?? `actie ${proposed.actionId}`;
  return (
    <span className="rounded border border-amber-700 bg-white px-2 py-0.5 font-medium">
      Voorstel: lijkt op ‘{title}’ ({percent(proposed.score)})
    </span>
  );
}

function RowTexts({ row }: { row: BijlagePreviewRow }) {
  return (
    <>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={row.status} />
        {!row.statusFromDocument && (
          <span className="text-muted">{row.previous ? '(het document noemt geen status: de vorige blijft)' : '(het document noemt geen status)'}</span>
        )}
        {row.previous && row.diff.statusChanged && <span className="text-muted">was: {STATUS_LABELS[row.previous.status]}</span>}
        {row.responsibleText && <span>Verantwoordelijk: {row.responsibleText}</span>}
      </p>
      <div className="grid gap-3 md:grid-cols-[3fr_1fr]">
        <div>
          <p className="text-sm font-semibold">Resultaat / stand van zaken</p>
          <p className="mt-1 break-words">
            <WordDiff parts={row.diff.result} />
          </p>
        </div>
        <div>
          <p className="text-sm font-semibold">Planning</p>
          <p className="mt-1 break-words">
            <WordDiff parts={row.diff.planning} />
          </p>
        </div>
      </div>
      <p className="text-sm text-muted">{row.previous ? `Vergeleken met ${row.previous.roundTitle}.` : 'Geen vorige ronde: alles is nieuw.'}</p>
      {row.footnotes.length > 0 && (
        <ul aria-label="Voetnoten" className="grid gap-1 border-t border-slate-200 pt-2 text-sm">
          {row.footnotes.map((note) => (
            <li key={note.marker}>
              <sup>{note.marker}</sup> {note.text}
              {note.kamerstukken.map((key) => (
                <span key={key}>
                  {' '}
                  <ParliamentReferenceLink identifier={key} />
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
