import { expect, type Page } from '@playwright/test';

type OpenDataPlan = {
  actions: { title: string; updates: { round: { key: string }; deadline: { shift: { previousEnd: string; newEnd: string; months: number } | null } }[] }[];
};

/**
 * After publication a reader sees the shifted termijn of `action` on the round's public changes
 * tab (the count at the top and the filter) and in the open data (`deadline.shift`).
 */
export async function expectPublishedShift(reader: Page, expected: { plan: string; roundKey: string; action: string; months: number }) {
  await reader.goto(`/plannen/${expected.plan}/rondes/${expected.roundKey}/wijzigingen`);
  const summary = reader.getByRole('paragraph').filter({ hasText: /acties? met een verschoven termijn/ });
  await expect(summary).toHaveText(/^\W*\d+ acties? met een verschoven termijn/);
  await reader.getByRole('link', { name: 'Toon alleen verschoven termijnen' }).click();
  const shifted = reader.getByRole('listitem').filter({ has: reader.getByRole('link', { name: expected.action }) });
  await expect(shifted.getByText(`Termijn verschoven: +${expected.months} maanden`)).toBeVisible();

  const response = await reader.request.get(`/api/public/plans/${expected.plan}`);
  expect(response.status()).toBe(200);
  const document = (await response.json()) as OpenDataPlan;
  const action = document.actions.find((candidate) => candidate.title === expected.action);
  const shift = action?.updates.find((candidate) => candidate.round.key === expected.roundKey)?.deadline.shift;
  expect(shift?.months).toBe(expected.months);
  expect(shift!.newEnd > shift!.previousEnd).toBe(true);
}
