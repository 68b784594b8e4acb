import { vi } from 'vitest';

/**
 * The integration tests call use cases and form handlers directly, outside a Next request, where
 * Next's cache functions refuse to run ("static generation store missing"). Here they do nothing.
 * What publishing invalidates is tested through the real path instead: the production server's
 * processes in production-server-publications.test.ts, and the E2E run.
 */
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
