import { z } from '@/lib/validation/dutch-zod';
import { BIJLAGE_COLUMNS, EXPORT_FORMATS, type ExportFormat } from '@/lib/exports/export-rows';
import { planSlugSchema, roundKeySchema } from '@/lib/validation/route-params';

/** Path segment of /plannen/[slug]/export/[format]. */
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'Onbekend formaat: kies csv, json of docx.' });

/** Plan and optional round of the print and chart views (`?ronde=`; without it: the latest). */
export const planViewSchema = z.object({
  slug: planSlugSchema,
  ronde: roundKeySchema.optional(),
});

const COLUMN_MESSAGE = 'Onbekende kolom: kies verantwoordelijk en/of status.';

/**
 * The Word bijlage's optional columns, `?kolom=verantwoordelijk&kolom=status` (checkboxes of one
 * name); none, as the 2019 bijlagen had it, by default. Each is named once.
 */
export const bijlageColumnsSchema = z
  .array(z.enum(BIJLAGE_COLUMNS, { error: COLUMN_MESSAGE }))
  .max(BIJLAGE_COLUMNS.length, COLUMN_MESSAGE)
  .refine((columns) => new Set(columns).size === columns.length, 'Noem elke kolom hoogstens één keer.');

export function parseBijlageColumns(params: URLSearchParams) {
  return bijlageColumnsSchema.safeParse(params.getAll('kolom'));
}

/** The files of a round's concept: /beheer/rondes/{id}/concept/{file}. */
export const CONCEPT_FILES = { 'bijlage.docx': 'docx', 'export.csv': 'csv', 'export.json': 'json' } as const satisfies Record<string, ExportFormat>;

export const conceptFileSchema = z.enum(Object.keys(CONCEPT_FILES) as [keyof typeof CONCEPT_FILES], {
  error: 'Onbekend bestand: kies bijlage.docx, export.csv of export.json.',
});
