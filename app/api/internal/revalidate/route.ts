import { revalidatePublicPages } from '@/lib/cache/public-pages';
import { jsonError } from '@/lib/http/json-response';
import { isRevalidationToken } from '@/lib/server/revalidation-token';

export const dynamic = 'force-dynamic';

/** Called by this process's own server (lib/server/serve.ts) when another instance published. */
export async function POST(request: Request) {
  if (!isRevalidationToken(request.headers.get('x-revalidation-token'))) return jsonError(404, 'Deze pagina bestaat niet.');
  const { planSlug } = (await request.json().catch(() => ({}))) as { planSlug?: unknown };
  revalidatePublicPages(typeof planSlug === 'string' ? planSlug : null);
  return new Response(null, { status: 204 });
}
