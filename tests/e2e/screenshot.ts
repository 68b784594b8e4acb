import path from 'node:path';
import type { Page } from '@playwright/test';

/** Screenshots land in tests/screenshots/ (see README) for people to look at. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await page.screenshot({
    path: path.join(__dirname, '..', 'screenshots', `${name}.png`),
    fullPage: options.fullPage ?? true,
  });
}
