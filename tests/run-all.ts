/**
 * `npm test`: every test the project has, in one command.
 *
 * 1. ESLint (`npm run lint`): the import boundaries, no `any`/`as never`, at most 250 lines a file.
 *    One check in the totals.
 * 2. Vitest unit tests (pure logic).
 * 3. Vitest integration tests against a real Postgres (TEST_DATABASE_URL, default the local
 *    server), in a database created for the run. Skipped, loudly, when no server is reachable;
 *    with CI set, a missing server fails the run at once instead.
 * 4. Playwright E2E in Debian Chromium against the production build started by `npm start`'s
 *    script: on a fresh database on that server, or on the embedded database when there is none.
 * Ends with one summary line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decidePostgres } from './support/postgres-requirement';
import { createDatabase, dropDatabase, isServerReachable, migrate, TEST_SERVER_URL } from './support/test-database';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const reports = mkdtempSync(path.join(os.tmpdir(), 'voortgang-reports-'));

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function lint(): boolean {
  const ok = run('ESLint', 'npm', ['run', '--silent', 'lint']);
  if (ok) total.passed += 1;
  else total.failed += 1;
  return ok;
}

function vitest(project: string, env?: NodeJS.ProcessEnv): boolean {
  const output = path.join(reports, `${project}.json`);
  const ok = run(`Vitest: ${project}`, 'node_modules/.bin/vitest', [
    'run', '--config', 'tests/vitest.config.mts', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${output}`,
  ], env);
  addVitestCounts(output);
  return ok;
}

function addVitestCounts(file: string) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    total.passed += json.numPassedTests;
    total.failed += json.numFailedTests;
    total.skipped += json.numPendingTests;
  } catch {
    total.failed += 1; // no report at all: the runner itself failed
  }
}

function playwright(env: NodeJS.ProcessEnv): boolean {
  const output = path.join(reports, 'e2e.json');
  const ok = run('Playwright: e2e', 'node_modules/.bin/playwright', [
    'test', '--config', 'tests/playwright.config.ts', '--reporter=list,json',
  ], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  try {
    const json = JSON.parse(readFileSync(output, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    total.passed += json.stats.expected + json.stats.flaky;
    total.failed += json.stats.unexpected;
    total.skipped += json.stats.skipped;
  } catch {
    total.failed += 1;
  }
  return ok;
}

async function e2eDatabase(postgresUp: boolean): Promise<{ env: NodeJS.ProcessEnv; cleanup: () => Promise<void> }> {
  if (postgresUp) {
    const url = await createDatabase('voortgang_e2e');
    migrate(url);
    return { env: { ...process.env, DATABASE_URL: url }, cleanup: () => dropDatabase(url) };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'voortgang-e2e-db-'));
  const { DATABASE_URL: _unused, ...env } = process.env;
  return {
    env: { ...env, VOORTGANG_DATA_DIR: dataDir, EMBEDDED_DB_PORT: process.env.E2E_EMBEDDED_DB_PORT ?? '54339' },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function main() {
  const postgres = decidePostgres({ reachable: await isServerReachable(), serverUrl: TEST_SERVER_URL, ci: process.env.CI });
  if (postgres.action === 'fail') {
    console.error(`\n!! ${postgres.message}`);
    rmSync(reports, { recursive: true, force: true });
    process.exit(1);
  }
  const postgresUp = postgres.action === 'run';

  let ok = lint();
  ok = run('Prisma-client genereren', 'node_modules/.bin/prisma', ['generate']) && ok;
  ok = vitest('unit') && ok;

  if (postgresUp) ok = vitest('integration') && ok;
  else console.warn(`\n!! ${postgres.message}`);

  const database = await e2eDatabase(postgresUp);
  try {
    ok = playwright(database.env) && ok;
  } finally {
    await database.cleanup();
    rmSync(reports, { recursive: true, force: true });
  }

  console.log(`\nGedraaid: ${postgresUp ? 'lint, unit, integratie en e2e (Postgres)' : 'lint, unit en e2e (ingebouwde database)'}`);
  console.log(`Totaal: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(ok && total.failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
