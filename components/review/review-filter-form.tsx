import Link from 'next/link';
import { Select } from '@/components/forms/fields';
import type { RoundReview } from '@/lib/review/find-round-review';
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@/lib/review/review-states';
import { NO_PARTNER, REVIEW_FILTERS } from '@/lib/validation/review-filter';

export const NO_PARTNER_LABEL = 'geen partner: door het ministerie bij te werken';

const stateKey = (state: string) => Object.entries(REVIEW_FILTERS).find(([, value]) => value === state)?.[0] ?? '';

/**
 * The review's filters as a GET form: every choice lives in the URL (?organisatie=3&over-tijd=ja),
 * so a filtered view can be bookmarked, shared and reloaded. The choices combine.
 */
export function ReviewFilterForm({ review }: { review: RoundReview }) {
  const { filter, choices, counts } = review;
  return (
    <form method="get" aria-labelledby="filters-kop" className="mt-4 grid gap-4 rounded-sm border border-slate-300 bg-white p-4">
      <h2 id="filters-kop" className="text-xl font-semibold">
        Filteren
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          label="Organisatie"
          name="organisatie"
          defaultValue={filter.organisation === undefined ? '' : String(filter.organisation)}
          options={[
            { value: '', label: 'Alle organisaties' },
            ...choices.organisations.map((org) => ({ value: String(org.id), label: `${org.abbreviation} (${org.name})` })),
            { value: NO_PARTNER, label: `Geen partner: door het ministerie bij te werken` },
          ]}
        />
        <Select
          label="Actielijn"
          name="actielijn"
          defaultValue={filter.lineId === undefined ? '' : String(filter.lineId)}
          options={[
            { value: '', label: 'Alle actielijnen' },
            ...choices.lines.map((line) => ({ value: String(line.id), label: `${line.code}. ${line.title}` })),
          ]}
        />
        <Select
          label="Stand van de controle"
          name="toon"
          defaultValue={filter.reviewState ? stateKey(filter.reviewState) : ''}
          options={[
            { value: '', label: 'Alle standen' },
            ...REVIEW_STATES.map((state) => ({ value: stateKey(state), label: `${REVIEW_STATE_LABELS[state]} (${counts[state]})` })),
          ]}
        />
        <Select
          label="Sinds de vorige rapportage"
          name="wijziging"
          defaultValue={filter.change ?? ''}
          options={[
            { value: '', label: 'Gewijzigd of niet' },
            { value: 'gewijzigd', label: 'Gewijzigd (of nieuw)' },
            { value: 'ongewijzigd', label: 'Ongewijzigd' },
          ]}
        />
      </div>
      <fieldset className="flex flex-wrap gap-x-6 gap-y-2">
        <legend className="sr-only">Alleen acties die</legend>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="over-tijd" value="ja" defaultChecked={filter.overdue} className="size-5" />
          Alleen over tijd
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="checkbox" name="verschoven" value="ja" defaultChecked={filter.shifted} className="size-5" />
          Alleen met verschoven termijn
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-sm border-2 border-rijks-blue bg-white px-4 py-2 font-semibold text-rijks-blue hover:bg-rijks-sky"
        >
          Filteren
        </button>
        <Link href={`/beheer/rondes/${review.round.id}`} className="inline-flex min-h-11 items-center">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
