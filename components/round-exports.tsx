import { planUrls } from '@/lib/plans/plan-urls';

/** Downloads and the print view of a round; `query` carries the filters of a filtered view. */
export function RoundExports({ planSlug, roundKey, query }: { planSlug: string; roundKey: string; query?: string }) {
  const params = query ?? `ronde=${roundKey}`;
  const links = [
    { href: planUrls.export(planSlug, 'docx', params), label: 'Word (bijlage)' },
    { href: planUrls.export(planSlug, 'csv', params), label: 'CSV' },
    { href: planUrls.export(planSlug, 'json', params), label: 'JSON' },
    { href: planUrls.print(planSlug, roundKey), label: 'Afdrukken / PDF' },
  ];
  return (
    <nav aria-label="Downloads en weergaven" className="mt-4 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <span className="font-semibold">Meenemen:</span>
      {links.map((link) => (
        <a key={link.href} href={link.href}>
          {link.label}
        </a>
      ))}
    </nav>
  );
}
