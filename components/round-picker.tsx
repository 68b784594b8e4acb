import Link from 'next/link';
import { planUrls } from '@/lib/plans/plan-urls';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import type { PublicRound } from '@/lib/rounds/published-round';

type Props = {
  planSlug: string;
  rounds: PublicRound[];
  current: PublicRound;
  /** Where a round links to; the round overview by default. */
  href?: (roundKey: string) => string;
};

/** Every published round as a link, newest first; works without JavaScript. */
export function RoundPicker({ planSlug, rounds, current, href = (key) => planUrls.round(planSlug, key) }: Props) {
  return (
    <nav aria-label="Rapportages" className="mt-4">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">Rapportage</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {[...rounds].reverse().map((round) => {
          const isCurrent = round.id === current.id;
          return (
            <li key={round.id}>
              <Link
                href={href(round.key)}
                aria-current={isCurrent ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 text-sm no-underline ${
                  isCurrent ? 'border-rijks-blue bg-rijks-blue text-white hover:text-white' : 'border-slate-300 bg-white'
                }`}
              >
                {round.title}{' '}
                <span className={isCurrent ? 'text-white/90' : 'text-muted'}>({formatRoundDate(round)})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
