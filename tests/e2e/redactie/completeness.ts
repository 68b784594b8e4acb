import { expect, type Page } from '@playwright/test';
import { saveScreenshot } from '../screenshot';

/**
 * The publish step as the ministry does it, from the closed round's page: the completeness
 * dashboard lists an action left as the previous round had it and a shifted deadline, the editor
 * accepts each category with open items and publishes, and the audit log says what was accepted.
 */
export async function publishAcceptingWhatIsMissing(
  ministry: Page,
  expected: { roundTitle: string; unchanged: string; shifted: string; shift: string },
) {
  const publishStep = ministry.getByRole('region', { name: /Volgende stap: publiceren/ });
  await expect(publishStep).toContainText('Publiceren is onomkeerbaar');
  const roundUrl = ministry.url();

  await ministry.getByRole('link', { name: 'Bekijk per organisatie en actielijn wat nog ontbreekt' }).click();
  await expect(ministry.getByRole('heading', { level: 1, name: `Volledigheid: ${expected.roundTitle}` })).toBeVisible();
  const jn = ministry.getByRole('region', { name: 'Per organisatie' }).locator('details').filter({ hasText: /^JN \(/ });
  await expect(jn.locator('summary')).toContainText('2 van 6 acties bijgewerkt');
  await jn.locator('summary').click();
  const unchanged = jn.getByRole('listitem').filter({ has: ministry.getByRole('link', { name: expected.unchanged, exact: true }) });
  await expect(unchanged.getByRole('link', { name: 'ongewijzigd sinds de vorige rapportage' })).toHaveAttribute(
    'href',
    /\/beheer\/rondes\/\d+\/acties\/\d+$/,
  );
  const shifted = jn.getByRole('listitem').filter({ has: ministry.getByRole('link', { name: expected.shifted, exact: true }) });
  await expect(shifted.getByRole('link', { name: expected.shift })).toBeVisible();
  await ministry.setViewportSize({ width: 1280, height: 900 });
  await saveScreenshot(ministry, 'completeness');
  await ministry.setViewportSize({ width: 360, height: 800 });
  expect(await ministry.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await jn.scrollIntoViewIfNeeded();
  await saveScreenshot(ministry, 'completeness-360px', { fullPage: false });
  await ministry.setViewportSize({ width: 1280, height: 900 });

  await ministry.goto(roundUrl);
  const categories = publishStep.getByRole('checkbox', { name: /^Ik accepteer/ });
  await expect(publishStep.getByRole('checkbox', { name: /^Ik accepteer: ongewijzigd sinds de vorige rapportage \(\d+ acties\)$/ })).toBeVisible();
  // The campaign's, and "Eind december" carried unchanged from 2019, which the new round's date now reads as 2026.
  await expect(publishStep.getByRole('checkbox', { name: 'Ik accepteer: termijn verschoven (2 acties)' })).toBeVisible();
  await saveScreenshot(ministry, 'publish-step', { fullPage: false });
  for (const category of await categories.all()) await category.check();
  await publishStep.getByLabel(/Ik heb de rapportage gecontroleerd/).check();
  await publishStep.getByRole('button', { name: 'Publiceren' }).click();
  await expect(ministry.getByText('Deze ronde is gepubliceerd en voor iedereen te lezen')).toBeVisible();

  await ministry.goto('/beheer/audit?soort=round.publish');
  const publication = ministry.getByRole('article').filter({ hasText: 'Ronde gepubliceerd' }).first();
  await expect(publication).toContainText('Mira Ministerie');
  await expect(publication).toContainText(/Geaccepteerd bij publicatie: ongewijzigd sinds de vorige rapportage \(\d+\),.* termijn verschoven \(2\)/);
}
