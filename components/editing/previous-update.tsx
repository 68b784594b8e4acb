import { DeadlineText } from '@/components/deadline-text';
import { StatusBadge } from '@/components/status-badge';
import type { EditorEntry } from '@/lib/updates/editor-entry';

/** What the previous published round said, to edit from rather than retype. */
export function PreviousUpdate({ previous }: { previous: EditorEntry['previous'] }) {
  if (!previous) {
    return <p className="text-muted">Nieuwe actie: in eerdere rapportages nog niet genoemd.</p>;
  }
  return (
    <dl className="grid gap-3">
      <div>
        <dt className="text-sm font-semibold text-muted">Status</dt>
        <dd className="mt-1">
          <StatusBadge status={previous.status} />
        </dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-muted">Resultaat / stand van zaken</dt>
        <dd className="mt-1 whitespace-pre-line">{previous.result || '—'}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-muted">Wanneer</dt>
        <dd className="mt-1">
          <DeadlineText planning={previous.planning} deadline={previous.deadline} />
        </dd>
      </div>
    </dl>
  );
}
