import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * Published rounds never change, so the public pages are cached until something is published.
 * Call this after publishing a round (or changing a plan's public data): it drops every cached page
 * and API document of the plan, and the plan list.
 */
export function revalidatePublicPages(planSlug: string): void {
  revalidatePath('/');
  revalidatePath(`/plannen/${planSlug}`, 'layout');
  revalidatePath('/organisaties', 'layout');
  revalidatePath('/api/public/plans');
  revalidatePath(`/api/public/plans/${planSlug}`);
}
