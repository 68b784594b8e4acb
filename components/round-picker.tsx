import Link from 'next/link';
import { formatRoundDate } from '@/lib/rounds/format-round-date';
import type { PublicRound } from '@/lib/rounds/published-round';

/** Every published round as a link; works without JavaScript. */
export function RoundPicker({ planSlug, rounds, current }: { planSlug: string; rounds: PublicRound[]; current: PublicRound }) {
  return (
    <nav aria-label="Rapportages" className="mt-4">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">Rapportage</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {[...rounds].reverse().map((round) => {
          const isCurrent = round.id === current.id;
          return (
            <li key={round.id}>
              <Link
                href={`/plannen/${planSlug}?ronde=${round.key}`}
                aria-current={isCurrent ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 text-sm no-underline ${
                  isCurrent ? 'border-rijks-blue bg-rijks-blue text-white hover:text-white' : 'border-slate-300 bg-white'
                }`}
              >
                {round.title} <span className={isCurrent ? 'text-white/90' : 'text-muted'}>({formatRoundDate(round)})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
