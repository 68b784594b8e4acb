import 'server-only';
import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db';
import { PUBLICATION_CHANNEL } from '@/lib/server/listen-for-publications';
import { clearPageCache } from '@/lib/server/page-cache';

/**
 * Published rounds never change, so the public pages are cached until something is published.
 * Call this after publishing a round (or changing a plan's public data): it drops Next's cached
 * pages and API documents of the plan and the plan list, this process's page cache, and, through
 * Postgres NOTIFY, the page caches of other app instances.
 */
export function revalidatePublicPages(planSlug: string): void {
  revalidatePath('/');
  // Every page below a plan. The route pattern, not the plan's path: Next tags a page with its
  // pattern's layouts and its own path, so `/plannen/{slug}` with 'layout' would match no page.
  // (This refreshes every plan's pages; publishing is rare.)
  revalidatePath('/plannen/[slug]', 'layout');
  revalidatePath('/organisaties', 'layout');
  revalidatePath('/api/public/plans');
  revalidatePath(`/api/public/plans/${planSlug}`);
  clearPageCache();
  prisma.$executeRaw`SELECT pg_notify(${PUBLICATION_CHANNEL}, ${planSlug})`.catch((error: unknown) => {
    console.error('Andere instanties niet op de hoogte gebracht van de publicatie:', error);
  });
}
