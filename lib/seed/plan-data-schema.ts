import { z } from '@/lib/validation/dutch-zod';
import { ACTION_STATUSES } from '@/lib/actions/status';

/**
 * The shape of the reviewable data files in `prisma/seed-data/`. Each file transcribes real
 * reporting documents; the seed command validates it with this schema before loading it.
 *
 * Keys (`key`) are stable identifiers chosen by the transcriber. They tie an action's rows in
 * different rounds together, so an action keeps its history when a later report renames it or
 * moves it to another line.
 */

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'sleutel: kleine letters, cijfers en streepjes');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');

export const organisationDataSchema = z.object({
  abbreviation: z.string().min(1),
  name: z.string().min(1),
  /** Other spellings the documents use for the same organisation (e.g. VenJ for JenV). */
  aliases: z.array(z.string()).default([]),
});

export const lineDataSchema = z.object({
  key,
  /** As the documents number it: "1", "A", "A1", "B2", "C3". Unique within a plan. */
  code: z.string().min(1),
  title: z.string().min(1),
  /** The line's *opgave* (the problem it addresses), verbatim; empty where a document gives none. */
  opgave: z.string().default(''),
  /** Key of the parent line for sub-lines (A1 under A). */
  parent: key.nullable().default(null),
});

export const actionDataSchema = z.object({
  key,
  /** Current title: the one the latest round uses. */
  title: z.string().min(1),
  description: z.string().default(''),
  /** Organisation abbreviations, lead first. Only parties a document names for this action. */
  responsible: z.array(z.string()).default([]),
  /** Why this action is linked across rounds or attributed as it is: for reviewers. */
  note: z.string().optional(),
});

export const entryDataSchema = z.object({
  action: key,
  /** Line under which this round reports the action. */
  line: key,
  /** The action's title as this round's document words it. */
  title: z.string().min(1),
  status: z.enum(ACTION_STATUSES),
  /** *Resultaat / Stand van zaken*, verbatim. */
  result: z.string().default(''),
  /** *Wanneer / Planning*, verbatim, without the ✓ glyph (that is `completedMark`). */
  planning: z.string().default(''),
  /** The document put a ✓ in front of the planning text. */
  completedMark: z.boolean().default(false),
  /** Responsible parties as this document lists them for the row, verbatim (baseline only). */
  responsibleText: z.string().optional(),
});

export const roundDataSchema = z.object({
  key,
  title: z.string().min(1),
  date: isoDate,
  /** Whether `date` is the document's own date or an approximation (stated in `note`). */
  dateIsApproximate: z.boolean().default(false),
  isBaseline: z.boolean().default(false),
  source: z.string().min(1),
  note: z.string().optional(),
  /** Per line key: the round's introduction text for that line, verbatim. */
  lineIntros: z.record(z.string(), z.string()).default({}),
  entries: z.array(entryDataSchema).min(1),
});

export const planDataSchema = z.object({
  slug: key,
  title: z.string().min(1),
  summary: z.string().default(''),
  lines: z.array(lineDataSchema).min(1),
  actions: z.array(actionDataSchema).min(1),
  rounds: z.array(roundDataSchema).min(1),
});

export const seedDataSchema = z.object({
  organisations: z.array(organisationDataSchema).min(1),
  plans: z.array(planDataSchema).min(1),
});

export type SeedData = z.infer<typeof seedDataSchema>;
export type PlanData = z.infer<typeof planDataSchema>;
