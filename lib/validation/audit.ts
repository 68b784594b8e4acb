import { z } from '@/lib/validation/dutch-zod';
import { idField } from '@/lib/validation/fields';

/**
 * The audit log's filters in its URL, shared by the page and its CSV export. Each combines with the
 * others; a value that does not parse is ignored (that filter is off), never an error.
 * persoon: an account's id, or "opdrachtregel" (lines without an account); organisatie: the actor's
 * organisation's id, or "ministerie"; plan, ronde, actie: ids; soort: a permission ("update.save");
 * van/tot: Amsterdam calendar days, both included.
 */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= '2000-01-01' && value <= '2999-12-31';
  });

const off = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const auditFilterSchema = z.object({
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
  persoon: off(z.union([z.literal('opdrachtregel'), idField])),
  organisatie: off(z.union([z.literal('ministerie'), idField])),
  plan: off(idField),
  ronde: off(idField),
  actie: off(idField),
  soort: off(z.string().regex(/^[a-z]{1,30}\.[a-zA-Z]{1,40}$/)),
  van: off(isoDay),
  tot: off(isoDay),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The first value of each query parameter: a repeated one (?plan=1&plan=2) counts once. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined> | URLSearchParams): AuditFilter {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((key) => [key, params.get(key)] as const) : Object.entries(params);
  const first = Object.fromEntries(entries.map(([key, value]) => [key, Array.isArray(value) ? value[0] : (value ?? undefined)]));
  return auditFilterSchema.parse(first);
}

/** The filter as a query string, without the page: "?actie=12&van=2026-12-01" ('' without filters). */
export function auditFilterQuery(filter: AuditFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const key of ['persoon', 'organisatie', 'plan', 'ronde', 'actie', 'soort', 'van', 'tot'] as const) {
    if (filter[key] !== undefined) params.set(key, String(filter[key]));
  }
  if (page !== undefined && page > 1) params.set('pagina', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
