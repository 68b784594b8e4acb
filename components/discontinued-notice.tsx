import { formatDutchDay } from '@/lib/format-date-time';

/** "Niet meer gerapporteerd sinds 2 december 2026: <reden>", on the public and the management page. */
export function DiscontinuedNotice({ since, reason }: { since: string; reason: string | null }) {
  return (
    <>
      <strong>Niet meer gerapporteerd sinds {formatDutchDay(since)}</strong>
      {reason ? `: ${reason}` : ''}
    </>
  );
}
