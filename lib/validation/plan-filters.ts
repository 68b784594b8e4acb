import { z } from '@/lib/validation/dutch-zod';
import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from '@/lib/actions/status';
import { plainTextString } from '@/lib/validation/fields';
import { lineCodeSchema, organisationAbbreviationSchema, roundKeySchema } from '@/lib/validation/route-params';

/** Status in URLs: the Dutch label as a slug ("nog-niet-gestart"). */
export const STATUS_SLUGS = Object.fromEntries(
  ACTION_STATUSES.map((status) => [STATUS_LABELS[status].replaceAll(' ', '-'), status]),
) as Record<string, ActionStatus>;

const PAGE_MESSAGE = 'Een paginanummer is een geheel getal van 1 tot en met 10.000.';
const pageNumber = z.coerce.number({ error: PAGE_MESSAGE }).int(PAGE_MESSAGE).min(1, PAGE_MESSAGE).max(10_000, PAGE_MESSAGE);

// Own keys only: "toString" or "constructor" are no status.
const statusSlug = z.string({ error: 'Onbekende status.' }).refine((slug) => Object.hasOwn(STATUS_SLUGS, slug), 'Onbekende status.');

const flag = z
  .enum(['1', 'on', 'ja'], { error: 'Zet dit filter aan met 1.' })
  .optional()
  .transform((value) => value !== undefined);

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * The filters of a plan view, as they live in the URL (shareable): ?ronde=&organisatie=&status=
 * &lijn=&overtijd=1&gewijzigd=1&verschoven=1&q=&pagina=. The same schema reads the form and the export links.
 */
export const planFiltersSchema = z.object({
  ronde: optionalText(roundKeySchema),
  organisatie: optionalText(organisationAbbreviationSchema),
  status: optionalText(statusSlug).transform((slug) => (slug ? STATUS_SLUGS[slug] : undefined)),
  lijn: optionalText(lineCodeSchema),
  overtijd: flag,
  gewijzigd: flag,
  verschoven: flag,
  q: optionalText(plainTextString({ subject: 'de zoektekst' }).trim().max(200, 'Zoek op hoogstens 200 tekens.')),
  pagina: optionalText(pageNumber).transform((page) => page ?? 1),
});

export type PlanFilters = z.output<typeof planFiltersSchema>;

/**
 * The filter of the changes tab, as a path segment (…/wijzigingen/verschoven): the page cache keys
 * public pages by path, so a filter there stays cacheable and is never served the unfiltered page.
 */
export const changesFilterSchema = z
  .tuple([z.literal('verschoven', { error: 'Onbekend filter.' })], { error: 'Onbekend filter.' })
  .optional()
  .transform((segments) => ({ onlyShifted: segments !== undefined }));

/** Reads URLSearchParams-like input; repeated parameters take the first value. */
export function parsePlanFilters(input: Record<string, string | string[] | undefined> | URLSearchParams) {
  const entries =
    input instanceof URLSearchParams
      ? [...input.keys()].map((key) => [key, input.get(key) ?? undefined] as const)
      : Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return planFiltersSchema.safeParse(Object.fromEntries(entries));
}

/** The query string of a filter set, for links (pagination, exports). */
export function filtersToQuery(filters: PlanFilters, overrides: Partial<PlanFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const statusSlug = Object.entries(STATUS_SLUGS).find(([, status]) => status === merged.status)?.[0];
  const params = new URLSearchParams();
  if (merged.ronde) params.set('ronde', merged.ronde);
  if (merged.organisatie) params.set('organisatie', merged.organisatie);
  if (statusSlug) params.set('status', statusSlug);
  if (merged.lijn) params.set('lijn', merged.lijn);
  if (merged.overtijd) params.set('overtijd', '1');
  if (merged.gewijzigd) params.set('gewijzigd', '1');
  if (merged.verschoven) params.set('verschoven', '1');
  if (merged.q) params.set('q', merged.q);
  if (merged.pagina > 1) params.set('pagina', String(merged.pagina));
  return params.toString();
}
