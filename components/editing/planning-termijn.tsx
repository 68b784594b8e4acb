import { DeadlineShiftBadge } from '@/components/deadline-shift-badge';
import { OverdueLabel } from '@/components/overdue-label';
import type { ActionStatus } from '@/lib/actions/status';
import { isOverdue } from '@/lib/actions/overdue';
import { findDeadlineShift } from '@/lib/deadlines/deadline-shift';
import { formatDeadline } from '@/lib/deadlines/format-deadline';
import { parsePlanning, type DeadlineRange } from '@/lib/deadlines/parse-planning';

type Props = {
  id: string;
  status: ActionStatus;
  planning: string;
  roundDate: string;
  today: string;
  previous: { planning: string; deadline: DeadlineRange } | null;
};

/**
 * Beneath the planning field, while typing: the termijn the text names, the previous round's termijn
 * and whether either has passed (*over tijd*, as readers will see it), and a shift against the
 * previous round, measured as the public side will: against its stored range, in the browser.
 */
export function PlanningTermijn({ id, status, planning, roundDate, today, previous }: Props) {
  const range = parsePlanning(planning, { referenceDate: roundDate });
  const deadline = formatDeadline(range);
  const shift = previous ? findDeadlineShift(previous.deadline, range) : null;
  const previousDeadline = previous ? formatDeadline(previous.deadline) : null;
  // Said once: the previous termijn's line says it when the planning still names that termijn.
  const samePeriod = previous !== null && previous.deadline.start === range.start && previous.deadline.end === range.end;
  return (
    <div className="mt-1 grid gap-1 text-sm" aria-live="polite" id={id}>
      <p>
        {deadline ? (
          <>
            Herkende termijn: <strong>{deadline}</strong>
            {!samePeriod && isOverdue({ status, deadline: range }, today) && (
              <>
                {' '}— <OverdueLabel /> <span className="text-muted">deze termijn is voorbij</span>
              </>
            )}
          </>
        ) : (
          <span className="text-muted">Geen termijn herkend (dat kan kloppen, bijv. bij ‘Doorlopend’).</span>
        )}
      </p>
      {previous && (
        <p>
          Vorige termijn: <strong>{previousDeadline ?? 'geen termijn'}</strong> (‘{previous.planning}’)
          {isOverdue({ status, deadline: previous.deadline }, today) && (
            <>
              {' '}— <OverdueLabel />
            </>
          )}
        </p>
      )}
      {shift && previous && (
        <p>
          <DeadlineShiftBadge shift={shift} texts={{ previous: previous.planning, current: planning }} />
          <span className="mt-1 block text-muted">Dit is later dan in de vorige rapportage; lezers zien de verschuiving.</span>
        </p>
      )}
    </div>
  );
}
