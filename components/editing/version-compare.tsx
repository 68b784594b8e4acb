import { RestoreVersionForm } from '@/components/editing/restore-version-form';
import { StatusBadge } from '@/components/status-badge';
import { WordDiff } from '@/components/word-diff';
import type { VersionComparison } from '@/lib/updates/compare-versions';

type Props = {
  comparison: VersionComparison | null;
  versions: { version: number; savedBy: string | null }[];
  entryId: number;
  currentVersion: number;
  canRestore: boolean;
};

const selectClass = 'mt-1 block w-full rounded-sm border border-slate-500 bg-white px-3 py-2 text-base';

/**
 * Two versions of an entry side by side, word by word: the status change and the differences of
 * result and planning. The choice is in the address (`?van=2&naar=5`), so a comparison can be
 * shared; an earlier version can be restored as a new one.
 */
export function VersionCompare({ comparison, versions, entryId, currentVersion, canRestore }: Props) {
  return (
    <section aria-labelledby="vergelijken" className="mt-10">
      <h2 id="vergelijken" className="text-2xl font-semibold">
        Versies vergelijken
      </h2>
      {!comparison ? (
        <p className="mt-2 text-muted">Er is nog maar één versie.</p>
      ) : (
        <>
          <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
            <VersionSelect name="van" label="Versie A (oud)" versions={versions} selected={comparison.from} />
            <VersionSelect name="naar" label="Versie B (nieuw)" versions={versions} selected={comparison.to} />
            <button type="submit" className="inline-flex min-h-11 items-center rounded-sm border-2 border-rijks-blue bg-white px-4 py-2 font-semibold text-rijks-blue">
              Vergelijken
            </button>
          </form>
          {comparison.notice && (
            <p role="alert" className="mt-3 rounded-sm border-l-4 border-amber-700 bg-amber-50 px-4 py-2">
              {comparison.notice}
            </p>
          )}
          <h3 className="mt-4 font-semibold" aria-live="polite">
            Versie {comparison.from} → versie {comparison.to}
          </h3>
          <dl className="mt-2 grid gap-3 md:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Status</dt>
            <dd>
              {comparison.status ? (
                <>
                  <span className="sr-only">gewijzigd van </span>
                  <StatusBadge status={comparison.status.from} /> <span aria-hidden>→ </span>
                  <span className="sr-only">naar </span>
                  <StatusBadge status={comparison.status.to} />
                </>
              ) : (
                'Ongewijzigd'
              )}
            </dd>
            <dt className="font-semibold">Resultaat / stand van zaken</dt>
            <dd className="min-w-0 break-words">
              <WordDiff parts={comparison.result} />
            </dd>
            <dt className="font-semibold">Wanneer</dt>
            <dd className="min-w-0 break-words">
              <WordDiff parts={comparison.planning} />
            </dd>
          </dl>
          <p className="mt-2 text-sm text-muted">Doorgehaald: alleen in versie A. Onderstreept: nieuw in versie B.</p>
          {canRestore && (
            <div className="mt-4 flex flex-wrap gap-4">
              {[comparison.from, comparison.to]
                .filter((version) => version !== currentVersion)
                .map((version) => (
                  <RestoreVersionForm key={version} entryId={entryId} version={version} baseVersion={currentVersion} />
                ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function VersionSelect({ name, label, versions, selected }: { name: string; label: string; versions: Props['versions']; selected: number }) {
  return (
    <div className="min-w-0 flex-1 basis-48">
      <label htmlFor={`versie-${name}`} className="font-semibold">
        {label}
      </label>
      <select key={selected} id={`versie-${name}`} name={name} defaultValue={selected} className={selectClass}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            Versie {v.version}
            {v.savedBy ? ` (${v.savedBy})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
