import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';
import { createMergeScene, newestVersion } from './merge-data';
import { ACCOUNTS, signedInPage, usesThrowawayDatabase } from './support';
import { LEAVE_QUESTION } from '@/components/forms/unsaved-changes';

/**
 * Two editors on one entry: the JN partner in the workspace and the ministry on the entry's page.
 * The ministry saves first, so the partner's save is refused; the partner merges both texts and is
 * refused once more because the ministry saved again meanwhile; merged again, the save holds every
 * word of both. Leaving the form with unsaved changes asks first; after the save it no longer does.
 */
const MINE = 'Vorige tekst. JN: gesprekken met gemeenten gevoerd.';
const THEIRS = 'Vorige tekst. Ministerie: subsidie verlengd.';
const THEIRS_LATER = 'Vorige tekst. Ministerie: subsidie verlengd. Evaluatie gepland in 2027.';
const MERGED_ONCE = 'Vorige tekst. JN: gesprekken met gemeenten gevoerd. Ministerie: subsidie verlengd.';
const MERGED = 'Vorige tekst. JN: gesprekken met gemeenten gevoerd. Ministerie: subsidie verlengd. Evaluatie gepland in 2027.';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The page at 1280 and 360 px (no sideways scroll there), whole; then back to desktop width. */
async function screenshots(page: Page, name: string, focus: Locator) {
  await focus.scrollIntoViewIfNeeded();
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, `${name}-360px`);
  await focus.scrollIntoViewIfNeeded();
  await saveScreenshot(page, `${name}-360px-scherm`, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** At 360 px every control of the card is full width or at least a 44 px tap target, and the card fits. */
async function expectPhoneFriendly(page: Page, card: Locator) {
  await page.setViewportSize({ width: 360, height: 800 });
  const sizes = await card.locator('button, input:not([type=hidden]), select, textarea').evaluateAll((controls) =>
    controls.map((control) => {
      const box = control.getBoundingClientRect();
      return { name: control.getAttribute('name') ?? control.textContent, height: Math.round(box.height), right: Math.round(box.right) };
    }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) {
    expect(size.height, `${size.name}`).toBeGreaterThanOrEqual(44);
    expect(size.right, `${size.name}`).toBeLessThanOrEqual(360);
  }
  const fields = await card.locator('select, textarea, input:not([type=hidden])').evaluateAll((controls) =>
    controls.map((control) => Math.round(control.getBoundingClientRect().width)),
  );
  const cardWidth = Math.round((await card.boundingBox())!.width);
  for (const width of fields) expect(width).toBeGreaterThan(cardWidth * 0.75);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Every dialog the page opens, dismissed (a dismissed question keeps one on the page). */
function recordDialogs(page: Page) {
  const seen: { type: string; message: string }[] = [];
  page.on('dialog', (dialog) => {
    seen.push({ type: dialog.type(), message: dialog.message() });
    void dialog.dismiss();
  });
  return seen;
}

async function ministrySaves(ministry: Page, result: string, version: number) {
  const form = ministry.getByRole('form', { name: 'Stand van zaken bijwerken' });
  await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'vertraagd' });
  await form.getByRole('textbox', { name: 'Resultaat / stand van zaken' }).fill(result);
  await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(form.getByRole('status')).toHaveText(`✓ Opgeslagen als versie ${version}.`);
}

test('the second editor merges both texts after a conflict, twice, and the saved version holds both', async ({ browser }) => {
  test.skip(!usesThrowawayDatabase, 'maakt een plan en ronde aan: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(240_000);
  const scene = await createMergeScene();
  const partner = await signedInPage(browser, ACCOUNTS.jn);
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  await ministry.goto(`/beheer/rondes/${scene.roundId}/acties/${scene.entryId}`);
  await partner.reload();
  const card = partner.getByRole('article', { name: scene.action });
  const form = card.getByRole('form', { name: 'Stand van zaken bijwerken' });
  const result = form.getByRole('textbox', { name: 'Resultaat / stand van zaken' });
  const save = form.getByRole('button', { name: 'Opslaan', exact: true });
  const dialogs = recordDialogs(partner);

  await test.step('the partner sees the previous termijn and that it is over tijd', async () => {
    await expect(card.locator('header').getByText('over tijd')).toBeVisible();
    await expect(form.getByText(/^Vorige termijn: .+ \(‘eind 2025’\) — ! ?over tijd$/)).toBeVisible();
    await screenshots(partner, 'workspace-entry', card);
    await expectPhoneFriendly(partner, card);
  });

  await test.step('leaving with unsaved changes asks first, for an in-app link and for unloading the page', async () => {
    await result.click();
    await result.fill(MINE);
    await partner.getByRole('link', { name: 'Voortgang actieplannen' }).click();
    await expect.poll(() => dialogs).toEqual([{ type: 'confirm', message: LEAVE_QUESTION }]);
    await expect(partner.getByRole('heading', { level: 1, name: 'Werkruimte JN' })).toBeVisible();
    await expect(result).toHaveValue(MINE);

    await partner.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.map((d) => d.type)).toEqual(['confirm', 'beforeunload']);
    expect(partner.isClosed()).toBe(false);
    await expect(result).toHaveValue(MINE);
  });

  await test.step('the ministry saves first; the partner’s save is refused with a word diff, own text kept', async () => {
    await ministrySaves(ministry, THEIRS, 2);
    await save.click();
    const conflict = form.getByRole('region', { name: 'Samenvoegen met versie 2' });
    await expect(conflict.getByRole('alert')).toContainText('Mira Ministerie');
    await expect(conflict.getByRole('alert')).toContainText('heeft deze actie intussen gewijzigd (versie 2). Uw tekst is niet opgeslagen');
    await expect(result).toHaveValue(MINE);
    const resultGroup = conflict.getByRole('group', { name: 'Resultaat / stand van zaken' });
    await expect(resultGroup.locator('ins')).toContainText(['Ministerie']);
    await expect(resultGroup.locator('del')).toContainText(['JN']);
    await expect(conflict.getByRole('group', { name: 'Status' })).toContainText(/Bij Mira Ministerie: !vertraagd · bij u: ►loopt/);
    await expectNoAxeViolations(partner);
    await screenshots(partner, 'conflict-merge', conflict);
    await expectPhoneFriendly(partner, card);
  });

  await test.step('the ministry saves again; the merged save is refused again, showing the newer text', async () => {
    await ministrySaves(ministry, THEIRS_LATER, 3);
    const conflict = form.getByRole('region', { name: 'Samenvoegen met versie 2' });
    await conflict.getByRole('group', { name: 'Resultaat / stand van zaken' }).getByRole('button', { name: 'Beide samenvoegen' }).click();
    await expect(result).toHaveValue(MERGED_ONCE);
    await conflict.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Hun status overnemen' }).click();
    await expect(form.getByRole('combobox', { name: 'Status' })).toHaveValue('DELAYED');
    await save.click();
    const newer = form.getByRole('region', { name: 'Samenvoegen met versie 3' });
    await expect(newer.getByRole('alert')).toContainText('(versie 3)');
    await expect(newer.getByRole('group', { name: 'Resultaat / stand van zaken' }).locator('ins')).toContainText(['Evaluatie gepland in 2027']);
    await expect(result).toHaveValue(MERGED_ONCE);
    expect((await newestVersion(scene.entryId)).version).toBe(3);
  });

  await test.step('merged with the newest version, the save goes through and holds both texts', async () => {
    const conflict = form.getByRole('region', { name: 'Samenvoegen met versie 3' });
    const resultGroup = conflict.getByRole('group', { name: 'Resultaat / stand van zaken' });
    await resultGroup.getByRole('button', { name: 'Hun tekst overnemen' }).click();
    await expect(result).toHaveValue(THEIRS_LATER);
    await expect(resultGroup.getByText('In het formulier: hun tekst.')).toBeVisible();
    await resultGroup.getByRole('button', { name: 'Mijn tekst houden' }).click();
    await expect(result).toHaveValue(MERGED_ONCE);
    await resultGroup.getByRole('button', { name: 'Beide samenvoegen' }).click();
    await expect(result).toHaveValue(MERGED);
    await save.click();
    await expect(form.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText('✓ Opgeslagen als versie 4.');
    await expect(form.getByRole('region', { name: /Samenvoegen met versie/ })).toHaveCount(0);
    expect(await newestVersion(scene.entryId)).toEqual({ version: 4, status: 'DELAYED', result: MERGED, email: ACCOUNTS.jn.email });
  });

  await test.step('after the save, leaving no longer asks', async () => {
    await partner.getByRole('link', { name: 'Voortgang actieplannen' }).click();
    await expect(partner).toHaveURL(/\/$/);
    expect(dialogs.map((d) => d.type)).toEqual(['confirm', 'beforeunload']);
  });
});
