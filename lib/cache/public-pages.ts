import 'server-only';
import { revalidatePath } from 'next/cache';
import type { Tx } from '@/lib/audit/record-audit';
import { PUBLICATION_CHANNEL } from '@/lib/server/listen-for-publications';
import { clearPageCache } from '@/lib/server/page-cache';

/**
 * Published rounds never change, so the public pages are cached until something is published.
 * Two steps, both needed: notifyPublication inside the transaction that changes public data
 * (Postgres delivers it to every app instance when, and only if, that transaction commits), and
 * revalidatePublicPages after the commit, for this process's caches.
 */
export async function notifyPublication(tx: Tx, planSlug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PUBLICATION_CHANNEL}, ${planSlug})`;
}

/**
 * Drops Next's cached pages and API documents of the plan (every plan's when `planSlug` is null)
 * and the plan list, and this process's page cache. Needs Next's request context (a server action,
 * or the route lib/server/serve.ts calls when another instance published).
 */
export function revalidatePublicPages(planSlug: string | null): void {
  revalidatePath('/');
  // Every page below a plan. The route pattern, not the plan's path: Next tags a page with its
  // pattern's layouts and its own path, so `/plannen/{slug}` with 'layout' would match no page.
  // (This refreshes every plan's pages; publishing is rare.)
  revalidatePath('/plannen/[slug]', 'layout');
  revalidatePath('/organisaties', 'layout');
  revalidatePath('/api/public/plans');
  if (planSlug) revalidatePath(`/api/public/plans/${planSlug}`);
  else revalidatePath('/api/public/plans/[slug]', 'page');
  clearPageCache();
}
