import type { DeadlineShift } from '@/lib/deadlines/deadline-shift';
import { shiftMonths, shiftPeriods } from '@/lib/deadlines/describe-shift';

type Props = { shift: DeadlineShift; texts?: { previous: string; current: string } };

/** "Termijn verschoven: +3 maanden (eind 2018 → Q1 2019)": text and symbol, not colour alone. */
export function DeadlineShiftBadge({ shift, texts }: Props) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1 rounded border border-orange-800 bg-orange-50 px-2 py-0.5 text-sm text-orange-950">
      <span aria-hidden className="font-bold">»</span>
      <span className="font-medium">Termijn verschoven: {shiftMonths(shift)}</span>
      <span>({shiftPeriods(shift, texts)})</span>
    </span>
  );
}
