import { formatDutchDate, formatDutchMonth } from '@/lib/dates';

/** A round's date in Dutch; "ca. november 2019" when the document carries no date of its own. */
export function formatRoundDate(round: { date: Date; dateIsApproximate: boolean }): string {
  return round.dateIsApproximate ? `ca. ${formatDutchMonth(round.date)}` : formatDutchDate(round.date);
}
