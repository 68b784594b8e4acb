import 'server-only';
import { z } from '@/lib/validation/dutch-zod';
import { prisma } from '@/lib/db';
import { assertCan, assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import type { BijlageChoices, BijlagePreview } from '@/lib/import/bijlage/bijlage-preview';
import type { BijlageOutcome } from '@/lib/import/bijlage/apply-bijlage-import';
import { previewBijlageImport } from '@/lib/import/bijlage/preview-bijlage-import';
import { workbookUrls } from '@/lib/import/workbook/workbook-urls';

/** What applying did, as applyBijlageImport returns it and keeps it with the upload (read back from its JSON). */
const outcomeSchema: z.ZodType<BijlageOutcome> = z.object({
  roundId: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  newLines: z.number(),
});

export type BijlageImportPage =
  | { kind: 'preview'; preview: BijlagePreview }
  /** A workbook's upload (the audit log links every upload here): its own page, on its round. */
  | { kind: 'workbook'; href: string }
  | {
      kind: 'done';
      import: {
        id: number;
        fileName: string;
        sha256: string;
        uploadedAt: Date;
        uploadedBy: string | null;
        state: 'APPLIED' | 'DISCARDED';
        appliedAt: Date | null;
        appliedBy: string | null;
        plan: { id: number; slug: string; title: string };
        round: { id: number; title: string; state: string } | null;
        outcome: BijlageOutcome | null;
      };
    };

/**
 * The page of an uploaded bijlage: while it waits, the preview with the editor's choices (and what
 * is wrong with them, `choiceProblems`); once applied or discarded, what became of it.
 * A workbook's upload points to its page on its round; null for an unknown upload.
 */
export async function findBijlageImport(options: { user: Actor; importId: number; choices: BijlageChoices }): Promise<BijlageImportPage | null> {
  assertRoleMay(options.user, 'import.applyBijlage');
  const found = await prisma.importFile.findUnique({
    where: { id: options.importId },
    select: {
      id: true,
      kind: true,
      fileName: true,
      sha256: true,
      uploadedAt: true,
      uploadedById: true,
      state: true,
      appliedAt: true,
      outcome: true,
      uploadedBy: { select: { name: true } },
      appliedBy: { select: { name: true } },
      plan: { select: { id: true, slug: true, title: true } },
      round: { select: { id: true, title: true, state: true } },
    },
  });
  if (!found) return null;
  assertCan(options.user, 'import.view', { uploadedById: found.uploadedById });
  if (found.kind === 'WORKBOOK') return found.round ? { kind: 'workbook', href: workbookUrls.preview('ministry', found.round.id, found.id) } : null;
  if (found.state === 'UPLOADED') return { kind: 'preview', preview: await previewBijlageImport(options) };
  const outcome = outcomeSchema.safeParse(found.outcome);
  return {
    kind: 'done',
    import: {
      id: found.id,
      fileName: found.fileName,
      sha256: found.sha256,
      uploadedAt: found.uploadedAt,
      uploadedBy: found.uploadedBy?.name ?? null,
      state: found.state,
      appliedAt: found.appliedAt,
      appliedBy: found.appliedBy?.name ?? null,
      plan: found.plan,
      round: found.round,
      outcome: outcome.success ? outcome.data : null,
    },
  };
}
