import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * E2E against the production build, started exactly as a user starts it (`npm start`'s script).
 * tests/run-all.ts chooses the database: a fresh one on the Postgres server, or the embedded one.
 * Chromium is Debian's: Playwright's own browser download does not work offline.
 */
export default defineConfig({
  testDir: path.join(root, 'tests/e2e'),
  outputDir: path.join(root, 'test-results'),
  timeout: 30_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node_modules/.bin/tsx lib/cli/start.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    // A build directory of its own, so a test run never replaces the build `npm start` serves.
    env: { PORT: String(port), HOST: '127.0.0.1', NEXT_DIST_DIR: '.next-e2e' },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
