/**
 * `npm run bench`: how the public pages hold up with a large plan, measured, not guessed.
 *
 * Generates a plan of 40 actielijnen, 2,000 actions and 24 published rounds (48,000 updates) in a
 * fresh database on the Postgres server (TEST_DATABASE_URL), starts the production server on it,
 * and loads the plan page, an action page and the open-data JSON with 20 concurrent clients, next
 * to a static file of the plan page's size served by the same server (the physical reference; a
 * tiny file would mostly measure size). Then the import (tests/bench/import-bench.ts): a 2,000-action
 * bijlage and a 2,000-row workbook, in a database of their own. Prints the figures and checks the
 * budgets; a budget missed fails the command (exit code 1).
 *
 *   npm run bench                   everything
 *   npm run bench -- --only pages   the public pages only
 *   npm run bench -- --only import  the import only (no build, no server)
 *
 * (The npm script runs tsx with the react-server condition: the import's use cases are server-only.)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/prisma-client';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { generatePlan } from '../support/generate-plan';
import { createDatabase, dropDatabase, isServerReachable, migrate, TEST_SERVER_URL } from '../support/test-database';
import { benchImport, type Budget } from './import-bench';
import { get, load, type LoadResult } from './load';

const SIZE = { lines: 40, actionsPerLine: 50, rounds: 24 };
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DIST_DIR = '.next-e2e';
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const SECTIONS = ['pages', 'import'] as const;

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const only = values.only;
  if (only !== undefined && !(SECTIONS as readonly string[]).includes(only)) throw new Error(`--only ${only}: kies ${SECTIONS.join(' of ')}.`);
  if (!(await isServerReachable())) throw new Error(`Geen Postgres op ${TEST_SERVER_URL}: de benchmark hoort op een echte server.`);
  const budgets: Budget[] = [];
  if (only !== 'import') budgets.push(...(await benchPages()));
  if (only !== 'pages') budgets.push(...(await benchImport(SIZE)));
  console.log('');
  for (const [label, ok] of budgets) console.log(`${ok ? 'BINNEN BUDGET' : 'BUITEN BUDGET'}  ${label}`);
  if (budgets.some(([, ok]) => !ok)) process.exitCode = 1;
}

async function benchPages(): Promise<Budget[]> {
  const databaseUrl = await createDatabase('voortgang_bench');
  const server = { stop: async () => {} };
  try {
    migrate(databaseUrl);
    const generated = await timed('Plan genereren', () => fillDatabase(databaseUrl));
    Object.assign(server, await startServer(databaseUrl));

    const planPath = '/plannen/benchmark';
    const actionPath = `/plannen/benchmark/acties/${generated.middleActionId}`;
    const apiPath = '/api/public/plans/benchmark';
    const coldMs = await timed('Eerste keer plan-pagina (lege cache)', () => get(BASE + planPath));
    const planBytes = await get(BASE + planPath);
    const staticPath = staticFileNear(planBytes);

    const results: Record<string, LoadResult> = {};
    for (const [name, urlPath] of [
      ['plan-pagina', planPath],
      ['actie-pagina', actionPath],
      ['open-data JSON', apiPath],
      [`statisch bestand (${Math.round(statSync(path.join(DIST_DIR, staticPath.replace('/_next/', ''))).size / 1024)} KB)`, staticPath],
    ] as const) {
      await load(BASE + urlPath, { seconds: 2 }); // warm-up: fills caches, JIT
      results[name] = await load(BASE + urlPath, { seconds: SECONDS });
    }
    return report(results, coldMs.ms);
  } finally {
    await server.stop();
    await dropDatabase(databaseUrl);
  }
}

async function fillDatabase(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDatabase(db, loadSeedData());
    const { plan } = await generatePlan(db, 'benchmark', SIZE);
    const actions = await db.action.findMany({ where: { planId: plan.id }, select: { id: true }, orderBy: { id: 'asc' } });
    return { middleActionId: actions[Math.floor(actions.length / 2)]!.id };
  } finally {
    await db.$disconnect();
  }
}

/** The production server, started as `npm start` starts it (building when its sources changed). */
async function startServer(databaseUrl: string) {
  const child = spawn('node_modules/.bin/tsx', ['lib/cli/start.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      NEXT_DIST_DIR: DIST_DIR,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The start command says so once the server answers its health check: wait for that line.
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      if (line.startsWith('Voortgang draait op')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`De server start niet (exitcode ${code}).`)));
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A file of the build's static chunks, the one closest in size to the plan page. */
function staticFileNear(bytes: number): string {
  const dir = path.join(DIST_DIR, 'static', 'chunks');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
  const closest = files.sort((a, b) => Math.abs(statSync(a).size - bytes) - Math.abs(statSync(b).size - bytes))[0]!;
  return `/_next/${path.relative(DIST_DIR, closest).split(path.sep).join('/')}`;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T & { ms: number }> {
  const started = performance.now();
  const value = await work();
  const ms = Math.round(performance.now() - started);
  console.log(`${label}: ${ms} ms`);
  return Object.assign(typeof value === 'object' && value !== null ? value : {}, { ms }) as T & { ms: number };
}

function report(results: Record<string, LoadResult>, coldMs: number): Budget[] {
  console.log(`\nBelasting: 20 gelijktijdige verbindingen, ${SECONDS} s per doel, zonder compressie.`);
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        { 'req/s': r.requestsPerSecond, 'p50 ms': r.p50, 'p95 ms': r.p95, 'p99 ms': r.p99, 'KB/antwoord': Math.round(r.bytesPerResponse / 1024), fouten: r.errors },
      ]),
    ),
  );
  const plan = results['plan-pagina']!;
  const staticFile = Object.entries(results).find(([name]) => name.startsWith('statisch'))![1];
  const budgets = [
    [`plan-pagina p95 < 100 ms (${plan.p95} ms)`, plan.p95 < 100],
    [`plan-pagina ≥ ½ × statisch bestand (${plan.requestsPerSecond} vs ${staticFile.requestsPerSecond} req/s)`, plan.requestsPerSecond >= staticFile.requestsPerSecond / 2],
    [`eerste keer plan-pagina < 1 s (${coldMs} ms)`, coldMs < 1000],
    ['geen fouten', Object.values(results).every((r) => r.errors === 0)],
  ] as const;
  return [...budgets];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
