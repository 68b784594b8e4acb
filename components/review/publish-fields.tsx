import Link from 'next/link';
import { COMPLETENESS_LABELS, type CategoryCount } from '@/lib/rounds/completeness';

/**
 * The publish step's fields: what follows, what is still missing per category (with a link to the
 * dashboard), and a tick for each category with open items to accept it. The server checks again.
 */
export function PublishFields({ counts, dashboardHref }: { counts: CategoryCount[]; dashboardHref: string }) {
  const open = counts.filter(({ count }) => count > 0);
  return (
    <>
      <p>
        <strong>Publiceren is onomkeerbaar:</strong> de teksten worden openbaar op de website, in de open data en de exports, ze
        veranderen daarna nooit meer, en betrokkenen krijgen bericht.
      </p>
      {open.length === 0 ? (
        <p className="border-l-4 border-emerald-700 bg-emerald-50 px-3 py-2">
          <span aria-hidden>✓ </span>Er staat niets meer open: elke actie is bijgewerkt, goedgekeurd en heeft een planning met datum.
        </p>
      ) : (
        <fieldset className="grid gap-2 border-l-4 border-amber-700 bg-amber-50 px-3 py-2">
          <legend className="float-left mb-1 font-semibold">Nog niet compleet. Vink elke categorie aan die u zo wilt publiceren:</legend>
          {open.map(({ category, count }) => (
            <label key={category} className="clear-left flex items-start gap-2">
              <input type="checkbox" name="accepted" value={category} required className="mt-1 size-5 shrink-0" />
              <span>
                Ik accepteer: <strong>{COMPLETENESS_LABELS[category]}</strong> ({count} {count === 1 ? 'actie' : 'acties'})
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p>
        <Link href={dashboardHref}>Bekijk per organisatie en actielijn wat nog ontbreekt</Link>
      </p>
    </>
  );
}
