import 'server-only';
import { prisma } from '@/lib/db';
import { assertRoleMay } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { dateToIsoDate } from '@/lib/dates';
import type { ImportState, RoundState } from '@/lib/generated/prisma/client';

export type PlanImportTarget =
  /** The plan's round in concept: the bijlage goes there. */
  | { kind: 'draft'; round: { id: number; title: string } }
  /** No round that is not published: the bijlage makes a new one. */
  | { kind: 'new'; latestPublishedDate: string | null }
  /** A round that is open or closed: finish it first (a plan has one unpublished round at a time). */
  | { kind: 'busy'; round: { id: number; title: string; state: RoundState } };

export type PlanImport = {
  id: number;
  kind: 'BIJLAGE' | 'WORKBOOK';
  fileName: string;
  uploadedBy: string | null;
  uploadedAt: string;
  state: ImportState;
  round: { id: number; title: string } | null;
};

/**
 * The upload page of a plan: where a bijlage would go, and the plan's earlier uploads, newest
 * first (at most 50). Null for an unknown plan. For ministry editors (it names every uploader).
 */
export async function findPlanImports(options: { user: Actor; planId: number }) {
  assertRoleMay(options.user, 'import.uploadBijlage');
  const plan = await prisma.plan.findUnique({ where: { id: options.planId }, select: { id: true, slug: true, title: true } });
  if (!plan) return null;
  const [running, latestPublished, imports] = await Promise.all([
    prisma.reportingRound.findFirst({ where: { planId: plan.id, state: { not: 'PUBLISHED' } }, select: { id: true, title: true, state: true } }),
    prisma.reportingRound.findFirst({ where: { planId: plan.id, state: 'PUBLISHED' }, orderBy: { date: 'desc' }, select: { date: true } }),
    prisma.importFile.findMany({
      where: { planId: plan.id },
      orderBy: [{ uploadedAt: 'desc' }, { id: 'desc' }],
      take: 50,
      select: {
        id: true,
        kind: true,
        fileName: true,
        uploadedAt: true,
        state: true,
        uploadedBy: { select: { name: true } },
        round: { select: { id: true, title: true } },
      },
    }),
  ]);
  const target: PlanImportTarget = !running
    ? { kind: 'new', latestPublishedDate: latestPublished ? dateToIsoDate(latestPublished.date) : null }
    : running.state === 'DRAFT'
      ? { kind: 'draft', round: { id: running.id, title: running.title } }
      : { kind: 'busy', round: running };
  return {
    plan,
    target,
    imports: imports.map(
      (upload): PlanImport => ({
        id: upload.id,
        kind: upload.kind,
        fileName: upload.fileName,
        uploadedBy: upload.uploadedBy?.name ?? null,
        uploadedAt: upload.uploadedAt.toISOString(),
        state: upload.state,
        round: upload.round,
      }),
    ),
  };
}
