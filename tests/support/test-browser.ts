import { chromium, type Browser, type LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium as every browser test starts it (Playwright's own download does not work
 * offline): headless without a sandbox or GPU, and without the background traffic a first run makes.
 */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** A browser for the integration tests that drive a production server. */
export function launchTestChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}
