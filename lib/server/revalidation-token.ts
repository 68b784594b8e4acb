import { randomBytes } from 'node:crypto';

/**
 * Next's caches can only be revalidated inside a request it handles. When another instance
 * publishes, the server asks itself to (POST /api/internal/revalidate) with a token that exists only
 * in this process's memory, so no one outside can.
 */
const holder = globalThis as unknown as { voortgangRevalidationToken?: string };

export function issueRevalidationToken(): string {
  holder.voortgangRevalidationToken ??= randomBytes(32).toString('base64url');
  return holder.voortgangRevalidationToken;
}

export function isRevalidationToken(value: string | null): boolean {
  return Boolean(holder.voortgangRevalidationToken) && value === holder.voortgangRevalidationToken;
}
