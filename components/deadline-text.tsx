import { formatDeadline } from '@/lib/deadlines/format-deadline';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

/** The planning text as the document words it, with the parsed period beside it when there is one. */
export function DeadlineText({ planning, deadline }: { planning: string; deadline: DeadlineRange }) {
  const period = formatDeadline(deadline);
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
