import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { MAIL_PORT } from './e2e/mail-box';
import { CHROMIUM_LAUNCH_OPTIONS } from './support/test-browser';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * E2E against the production build, started exactly as a user starts it (`npm start`'s script).
 * tests/run-all.ts chooses the database: a fresh one on the Postgres server, or the embedded one.
 */
export default defineConfig({
  testDir: path.join(root, 'tests/e2e'),
  outputDir: path.join(root, 'test-results'),
  // Generous: the suite must pass on a loaded 2-core machine, where one page with axe can take seconds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: [['list']],
  // A real SMTP server for the run (the app delivers to it; the demo on the embedded database keeps its mail).
  globalSetup: path.join(root, 'tests/e2e/mail-server.setup.ts'),
  // The editing tests sign in with accounts made first; the one that publishes a newer round of the
  // real plan runs after the reading tests, which expect the seeded rounds.
  projects: [
    { name: 'lezen', testIgnore: /redactie[\\/]/ },
    { name: 'accounts', testMatch: /redactie[\\/]accounts\.setup\.ts$/ },
    { name: 'redactie', testMatch: /redactie[\\/](?!publiceren).*\.spec\.ts$/, dependencies: ['accounts'] },
    { name: 'publiceren', testMatch: /redactie[\\/]publiceren\.spec\.ts$/, dependencies: ['lezen', 'accounts'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer: {
    command: 'node_modules/.bin/tsx lib/cli/start.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    // A build directory of its own, so a test run never replaces the build `npm start` serves.
    // Sign-in needs a secret and the app's address, as in any real deployment (the demo makes its own).
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('hex'),
      SMTP_URL: `smtp://127.0.0.1:${MAIL_PORT}`,
    },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
