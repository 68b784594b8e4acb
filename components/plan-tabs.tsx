import Link from 'next/link';
import { planUrls } from '@/lib/plans/plan-urls';

export type PlanTab = 'overzicht' | 'wijzigingen' | 'planning' | 'grafieken' | 'zoeken';

/** The views of one round of a plan. Links, so each view has its own shareable URL. */
export function PlanTabs({ planSlug, roundKey, active }: { planSlug: string; roundKey: string; active: PlanTab }) {
  const tabs: { id: PlanTab; label: string; href: string }[] = [
    { id: 'overzicht', label: 'Overzicht', href: planUrls.round(planSlug, roundKey) },
    { id: 'wijzigingen', label: 'Wijzigingen t.o.v. vorige rapportage', href: planUrls.changes(planSlug, roundKey) },
    { id: 'planning', label: 'Planning', href: planUrls.deadlines(planSlug, roundKey) },
    { id: 'grafieken', label: 'Grafieken', href: planUrls.charts(planSlug, roundKey) },
    { id: 'zoeken', label: 'Zoeken en filteren', href: `${planUrls.search(planSlug)}?ronde=${roundKey}` },
  ];
  return (
    <nav aria-label="Weergaven" className="mt-6 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === active ? 'page' : undefined}
              className={`block border-b-4 px-3 py-2 no-underline ${
                tab.id === active ? 'border-rijks-blue font-semibold text-ink' : 'border-transparent'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
