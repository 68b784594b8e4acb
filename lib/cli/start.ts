/**
 * `npm start`: the one command that runs Voortgang in production mode.
 *
 * Without DATABASE_URL it starts the embedded database (PGlite, data in .data/pglite), applies
 * the migrations, loads the real plan data when the database is empty, builds the app when its
 * sources changed, and serves it on http://localhost:3000. With DATABASE_URL it uses that server.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { runBin } from './run-command';
import { sourceHash } from './source-hash';

// The build directory (next.config.ts reads the same variable; the tests build into their own).
const HASH_FILE = path.join(process.env.NEXT_DIST_DIR ?? '.next', 'voortgang-source-hash');

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  const embedded = process.env.DATABASE_URL ? null : await startEmbedded();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(embedded && { DATABASE_URL: embedded.url, DATABASE_POOL_MAX: '1' }),
  };

  const hash = sourceHash();
  const upToDate = isBuilt(hash);
  if (!upToDate) await runBin('prisma', ['generate'], env);
  console.log('Migraties toepassen…');
  await runBin('prisma', ['migrate', 'deploy'], env);
  await runBin('tsx', ['prisma/seed.ts', '--if-empty'], env);
  if (!upToDate) await build(env, hash);

  const server = spawn('node_modules/.bin/next', ['start', '--port', String(port), '--hostname', host], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, NODE_ENV: 'production' },
  });
  await waitUntilHealthy(port);
  console.log(`\nVoortgang draait op http://localhost:${port}`);
  if (embedded) console.log(`Ingebouwde database: ${embedded.url}`);

  const shutdown = async (signal: NodeJS.Signals) => {
    server.kill(signal);
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.on('exit', async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

/** Waits until the server answers its health check, so the URL is printed when it works. */
async function waitUntilHealthy(port: number, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`de server antwoordt na ${timeoutMs / 1000} s nog niet op http://127.0.0.1:${port}/api/health`);
}

async function startEmbedded(): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(process.env.VOORTGANG_DATA_DIR ?? '.data/pglite');
  const db = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_DB_PORT ?? 54329) });
  console.log(`Ingebouwde database gestart (gegevens in ${dataDir}).`);
  return db;
}

/** Whether the production build (and the generated Prisma client) match the current sources. */
function isBuilt(hash: string): boolean {
  return (
    existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === hash && existsSync('lib/generated/prisma/client.ts')
  );
}

async function build(env: NodeJS.ProcessEnv, hash: string) {
  console.log('De app bouwen (alleen na een wijziging)…');
  await runBin('next', ['build'], env);
  writeFileSync(HASH_FILE, hash);
}

main().catch((error: unknown) => {
  console.error(`\nStarten mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
