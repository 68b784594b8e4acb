import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

/** A published page, compressed once in every encoding browsers ask for. */
export type CachedPage = {
  etag: string;
  contentType: string;
  cacheControl: string;
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
};

const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_BYTES ?? 128 * 1024 * 1024);
const compressGzip = promisify(gzip);
const compressBrotli = promisify(brotliCompress);
/** Brotli's best quality takes seconds per megabyte: keep it for pages, not for large documents. */
const brotliQuality = (bytes: number) => (bytes < 1024 * 1024 ? 11 : 5);

/**
 * Published rounds never change, so their pages are kept in memory, compressed once (gzip and
 * brotli) instead of on every request, and answered with an ETag. Emptied when a round is
 * published (clearPageCache), and after `ttlSeconds` (the pages' own revalidation time, because
 * "over tijd" in the latest round is measured against today).
 */
export class PageCache {
  private readonly pages = new LRUCache<string, CachedPage>({
    maxSize: MAX_BYTES,
    sizeCalculation: (page) => page.bodies.identity.length + page.bodies.gzip.length + page.bodies.br.length,
  });

  /** Keys being compressed: under load many requests miss at once, one compression is enough. */
  private readonly pending = new Set<string>();
  /** Bumped by clear(), so a page rendered before a publication is not stored after it. */
  private generation = 0;

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  /** Compresses off the event loop (zlib's thread pool), then keeps the page. */
  async store(
    key: string,
    page: { body: Buffer; contentType: string; cacheControl: string; ttlSeconds: number },
  ): Promise<void> {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    const generation = this.generation;
    try {
      const cached = await compressed(page);
      if (generation === this.generation) this.pages.set(key, cached, { ttl: page.ttlSeconds * 1000 });
    } finally {
      this.pending.delete(key);
    }
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }
}

async function compressed(page: { body: Buffer; contentType: string; cacheControl: string }): Promise<CachedPage> {
  const [gzipped, brotli] = await Promise.all([
    compressGzip(page.body, { level: 9 }),
    compressBrotli(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(page.body.length) } }),
  ]);
  return {
    etag: `"${createHash('sha1').update(page.body).digest('base64url')}"`,
    contentType: page.contentType,
    cacheControl: page.cacheControl,
    bodies: { identity: page.body, gzip: gzipped, br: brotli },
  };
}

// One cache per server process, reachable from server actions running in that process.
const globalForCache = globalThis as unknown as { voortgangPageCache?: PageCache };

export function processPageCache(): PageCache {
  globalForCache.voortgangPageCache ??= new PageCache();
  return globalForCache.voortgangPageCache;
}

/** Empties this process's page cache (other instances hear it through Postgres NOTIFY). */
export function clearPageCache(): void {
  globalForCache.voortgangPageCache?.clear();
}
