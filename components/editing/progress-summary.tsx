/** "2 van 6 acties bijgewerkt", as text and as a bar. */
export function ProgressSummary({
  id,
  progress,
}: {
  id: string;
  progress: { total: number; updated: number; ready: number; approved: number; returned: number };
}) {
  const percentage = progress.total === 0 ? 0 : Math.round((progress.updated / progress.total) * 100);
  return (
    <div className="mt-4 rounded-sm border border-slate-300 bg-white p-4">
      <p className="text-lg font-semibold" id={id}>
        {progress.updated} van {progress.total} acties bijgewerkt
      </p>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.updated}
        className="mt-2 h-3 w-full overflow-hidden rounded-sm bg-slate-200"
      >
        <div className="h-full bg-rijks-blue" style={{ width: `${percentage}%` }} />
      </div>
      <p className="mt-2 text-sm text-muted">
        {progress.ready} klaar voor controle · {progress.approved} goedgekeurd · {progress.returned} teruggestuurd
      </p>
    </div>
  );
}
