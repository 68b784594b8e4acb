/**
 * `npm start`: the one command that runs Voortgang in production mode.
 *
 * Without DATABASE_URL it starts the embedded database (PGlite, data in .data/pglite), applies
 * the migrations, loads the real plan data when the database is empty, builds the app when its
 * sources changed, creates the demo accounts and prints them, and serves it on http://localhost:3000.
 * With DATABASE_URL it uses that server, and needs NEXTAUTH_SECRET and NEXTAUTH_URL (no demo accounts).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { productionAuthProblems } from '../auth/auth-environment';
import { readDemoCredentials } from '../auth/demo-accounts';
import { readMailConfig } from '../mail/mail-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { runBin } from './run-command';
import { sourceHash } from './source-hash';

// The build directory (next.config.ts reads the same variable; the tests build into their own).
const HASH_FILE = path.join(process.env.NEXT_DIST_DIR ?? '.next', 'voortgang-source-hash');

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  const demo = !process.env.DATABASE_URL;
  if (!demo) assertProductionSecrets();
  if (demo && process.env.SMTP_URL) console.log('De demo verstuurt geen e-mail (SMTP_URL genegeerd): berichten staan op /beheer/berichten.');
  else readMailConfig();
  const embedded = demo ? await startEmbedded() : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...(embedded && { DATABASE_URL: embedded.url, DATABASE_POOL_MAX: '1', SMTP_URL: '', ...demoAuthEnv() }),
  };

  const hash = sourceHash();
  const upToDate = isBuilt(hash);
  if (!upToDate) await runBin('prisma', ['generate'], env);
  console.log('Migraties toepassen…');
  await runBin('prisma', ['migrate', 'deploy'], env);
  await runBin('tsx', ['prisma/seed.ts', '--if-empty'], env);
  if (demo) await runBin('tsx', ['lib/cli/demo-accounts.ts'], env);
  if (!upToDate) await build(env, hash);

  const server = spawn('node_modules/.bin/tsx', ['lib/server/serve.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: host, ...(embedded && { EMBEDDED_DATABASE: '1' }) },
  });
  await waitUntilHealthy(port);
  console.log(`\nVoortgang draait op http://localhost:${port}`);
  if (embedded) console.log(`Ingebouwde database: ${embedded.url}`);
  if (demo) printDemoAccounts(port);

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

/** A real deployment must bring its own secrets: refuse to start without them, saying what is missing. */
function assertProductionSecrets() {
  const problems = productionAuthProblems();
  if (problems.length > 0) throw new Error(`\n- ${problems.join('\n- ')}\n(Zonder DATABASE_URL start de demo, die deze zelf regelt.)`);
}

/**
 * The embedded demo signs sessions with a random secret made once per installation and kept in
 * .data/auth-secret, so `npm start` needs no configuration and sessions survive a restart.
 */
function demoAuthEnv(): Record<string, string> {
  const file = path.join('.data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return {
    VOORTGANG_DEMO: '1',
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(file, 'utf8').trim(),
    // Sign-in links follow the address the browser used (localhost, 127.0.0.1 or the machine's name).
    ...(!process.env.NEXTAUTH_URL && { AUTH_TRUST_HOST: '1' }),
  };
}

function printDemoAccounts(port: number) {
  const accounts = readDemoCredentials();
  if (accounts.length === 0) return;
  console.log(`\nDemo-accounts (alleen in deze demo; inloggen op http://localhost:${port}/inloggen):`);
  for (const account of accounts) {
    const who = account.organisation ? `partnerredacteur ${account.organisation}` : 'redacteur ministerie';
    console.log(`  ${account.email.padEnd(28)} ${account.password}   ${who}`);
  }
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
