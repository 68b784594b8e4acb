import { formatDeadline } from '@/lib/deadlines/format-deadline';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

/**
 * The planning text as the document words it, with the parsed period beneath it when that adds
 * something ("voorjaar 2020" → "mrt–mei 2020"; not "2017" under "2017").
 */
export function DeadlineText({ planning, deadline }: { planning: string; deadline: DeadlineRange }) {
  const formatted = formatDeadline(deadline);
  const period = formatted && formatted.toLowerCase() !== planning.trim().toLowerCase() ? formatted : null;
  return (
    <>
      <span className="whitespace-pre-line">{planning || '—'}</span>
      {period && (
        <span className="mt-1 block text-sm text-muted">
          <span className="sr-only">Periode: </span>
          {period}
        </span>
      )}
    </>
  );
}
