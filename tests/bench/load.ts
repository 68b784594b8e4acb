import http from 'node:http';

export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  bytesPerResponse: number;
  p50: number;
  p95: number;
  p99: number;
};

/**
 * Keeps `connections` keep-alive connections busy with GETs of one URL for `seconds`, and reports
 * throughput and latency percentiles (ms). Responses are not decompressed (no Accept-Encoding),
 * so the page and the static reference are measured alike. Bounded in time: it stops by itself.
 */
export async function load(url: string, { connections = 20, seconds = 10 } = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;

  async function worker() {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const size = await get(url, agent); // not `bytes += await …`: workers would overwrite each other
        bytes += size;
        latencies.push(performance.now() - sent);
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();

  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN);
  return {
    requests: latencies.length,
    errors,
    seconds: round(elapsed),
    requestsPerSecond: round(latencies.length / elapsed),
    bytesPerResponse: Math.round(bytes / Math.max(1, latencies.length)),
    p50: at(50),
    p95: at(95),
    p99: at(99),
  };
}

/** One GET; resolves with the body's size, rejects on a non-200 answer. */
export function get(url: string, agent?: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        let size = 0;
        response.on('data', (chunk: Buffer) => (size += chunk.length));
        response.on('end', () => (response.statusCode === 200 ? resolve(size) : reject(new Error(`${response.statusCode} ${url}`))));
      })
      .on('error', reject);
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
