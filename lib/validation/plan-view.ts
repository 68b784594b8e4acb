import { z } from '@/lib/validation/dutch-zod';
import { EXPORT_FORMATS } from '@/lib/exports/export-rows';
import { planSlugSchema, roundKeySchema } from '@/lib/validation/route-params';

/** Path segment of /plannen/[slug]/export/[format]. */
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'Onbekend formaat: kies csv, json of docx.' });

/** Plan and optional round of the print and chart views (`?ronde=`; without it: the latest). */
export const planViewSchema = z.object({
  slug: planSlugSchema,
  ronde: roundKeySchema.optional(),
});
