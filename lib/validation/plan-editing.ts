import { z } from '@/lib/validation/dutch-zod';
import { idField, listField, optionalIdField, textField } from '@/lib/validation/fields';

/** Forms of the plan management pages: plans, actielijnen and actions. */

export const planSchema = z.object({
  title: textField({ label: 'de titel', min: 3, max: 200 }),
  summary: textField({ label: 'de samenvatting', max: 2000 }),
});
export const updatePlanSchema = planSchema.extend({ planId: idField });

export const lineSchema = z.object({
  code: textField({ label: 'het nummer', min: 1, max: 10 }).regex(/^[A-Za-z0-9]+$/, 'Alleen letters en cijfers, bijvoorbeeld 5 of B2.'),
  title: textField({ label: 'de titel', min: 3, max: 300 }),
  opgave: textField({ label: 'de opgave', max: 4000 }),
});
export const createLineSchema = lineSchema.extend({ planId: idField, parentId: optionalIdField });
export const updateLineSchema = lineSchema.extend({ lineId: idField });

export const directionField = z.enum(['up', 'down'], { error: 'Onbekende richting.' });
export const moveLineSchema = z.object({ lineId: idField, direction: directionField });

const actionFields = z.object({
  title: textField({ label: 'de titel', min: 3, max: 300 }),
  description: textField({ label: 'de omschrijving', max: 4000 }),
  organisationIds: listField(idField).refine((ids) => ids.length <= 20, 'Kies hoogstens 20 organisaties.'),
  /** The trekker: one of the chosen organisations; needed when more than one is chosen. */
  leadOrganisationId: optionalIdField,
});

export const LEAD_NOT_CHOSEN = 'De trekker moet een van de gekozen organisaties zijn.';
export const LEAD_MISSING = 'Kies welke van de gekozen organisaties de trekker is.';

/** The trekker is one of the chosen organisations; with several chosen, one must be named. */
function checkLead(input: { organisationIds: number[]; leadOrganisationId?: number | undefined }, context: z.RefinementCtx) {
  const chosen = new Set(input.organisationIds);
  if (input.leadOrganisationId !== undefined && !chosen.has(input.leadOrganisationId)) {
    context.addIssue({ code: 'custom', message: LEAD_NOT_CHOSEN, path: ['leadOrganisationId'] });
  } else if (input.leadOrganisationId === undefined && chosen.size > 1) {
    context.addIssue({ code: 'custom', message: LEAD_MISSING, path: ['leadOrganisationId'] });
  }
}

export const createActionSchema = actionFields.extend({ planId: idField, lineId: idField }).superRefine(checkLead);
export const updateActionSchema = actionFields.extend({ actionId: idField }).superRefine(checkLead);
export const moveActionSchema = z.object({ actionId: idField, lineId: idField });
export const reorderActionSchema = z.object({ actionId: idField, direction: directionField });
/** Why an action is no longer reported: shown on its public page, so required and plain text. */
export const discontinueReasonField = textField({ label: 'de reden', min: 1, max: 500 });
/** `discontinued=true` needs a `reason`; reporting again (`false`) takes none. */
export const discontinueActionSchema = z
  .object({
    actionId: idField,
    discontinued: z.enum(['true', 'false'], { error: 'Ongeldige keuze.' }).transform((value) => value === 'true'),
    reason: z.unknown().optional(),
  })
  .transform((input, context) => {
    if (!input.discontinued) return { actionId: input.actionId, discontinued: false as const };
    const reason = discontinueReasonField.safeParse(input.reason);
    if (reason.success) return { actionId: input.actionId, discontinued: true as const, reason: reason.data };
    for (const issue of reason.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: ['reason'] });
    return z.NEVER;
  });
export const archiveLineSchema = z.object({
  lineId: idField,
  archived: z.enum(['true', 'false'], { error: 'Ongeldige keuze.' }).transform((value) => value === 'true'),
});
