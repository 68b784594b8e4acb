import { expect, test, type Page } from '@playwright/test';
import { addCalendarDays, amsterdamInstant, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { waitForMail } from '../mail-box';
import { ACCOUNTS, PASSWORD, signedInPage, usesThrowawayDatabase, withDatabase } from './support';

/**
 * E-mail that people act on, read from the SMTP server the run started: the partner gets the mail
 * when the ministry opens a round and follows its link into the workspace; "Herinnering nu
 * versturen" lists the actions not ready; a returned action mails its comment.
 */
const SUFFIX = Math.random().toString(36).slice(2, 8);
const PLAN = `Mailplan ${SUFFIX}`;
const ROUND = `Mailronde ${SUFFIX}`;
const READY = `Actie die klaar staat ${SUFFIX}`;
const OPEN = `Actie die nog open staat ${SUFFIX}`;
const SHOTS = process.env.E2E_SHOTS_DIR;
/** The input deadline: ten days from today at 17:00 (it must lie ahead when the round opens). */
const DEADLINE_DAY = addCalendarDays(amsterdamIsoDate(new Date()), 10);
const DEADLINE_WORDS = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
  new Date(`${DEADLINE_DAY}T00:00:00Z`),
);

/** A plan of JN's two actions and a draft round with a deadline, straight in the database. */
async function createPlanAndRound(): Promise<number> {
  return withDatabase(async (client) => {
    const one = async <T>(sql: string, values: unknown[]) => (await client.query(sql, values)).rows[0] as T;
    const plan = await one<{ id: number }>(`INSERT INTO plans (slug, title, updated_at) VALUES ($1, $2, now()) RETURNING id`, [`mailplan-${SUFFIX}`, PLAN]);
    const line = await one<{ id: number }>(
      `INSERT INTO action_lines (plan_id, key, code, title, position) VALUES ($1, 'l1', '1', 'Lijn', 0) RETURNING id`,
      [plan.id],
    );
    for (const [position, title] of [READY, OPEN].entries()) {
      const action = await one<{ id: number }>(
        `INSERT INTO actions (plan_id, key, title, line_id, position, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
        [plan.id, `a${position}`, title, line.id, position],
      );
      await client.query(
        `INSERT INTO action_responsibilities (action_id, organisation_id, position) SELECT $1, id, 0 FROM organisations WHERE abbreviation = 'JN'`,
        [action.id],
      );
    }
    const round = await one<{ id: number }>(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, input_deadline, input_deadline_has_time, updated_at)
       VALUES ($1, 'mailronde', $2, $3, 'DRAFT', $4, true, now()) RETURNING id`,
      [plan.id, ROUND, addCalendarDays(DEADLINE_DAY, 4), amsterdamInstant(DEADLINE_DAY, '17:00')],
    );
    return round.id;
  });
}

function linkIn(text: string, path: string): string {
  const link = text.split(/\s+/).find((word) => word.startsWith('http') && new URL(word).pathname === path);
  expect(link, `een link naar ${path} in:\n${text}`).toBeTruthy();
  return link!;
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the partner gets the mail of the round, follows its link, is reminded and gets the comment', async ({ browser }) => {
  test.skip(!process.env.DATABASE_URL, 'de demo op de ingebouwde database verstuurt geen e-mail');
  test.skip(!usesThrowawayDatabase, 'opent een ronde: alleen op de wegwerpdatabase van `npm test`');
  test.setTimeout(240_000);
  const roundId = await createPlanAndRound();
  const ministry = await signedInPage(browser, ACCOUNTS.ministry);
  const to = ACCOUNTS.jn.email;

  await test.step('the ministry opens the round; the partner’s mail arrives and its link leads into the workspace', async () => {
    await ministry.goto(`/beheer/rondes/${roundId}`);
    await ministry.getByRole('button', { name: 'Openen voor invoer' }).click();
    await expect(ministry.getByText(`De ronde is open voor invoer tot ${DEADLINE_WORDS}, 17:00; 2 acties staan klaar`)).toBeVisible();
    const mail = await waitForMail(to, new RegExp(`^${PLAN}: ronde ${ROUND} is open voor invoer tot ${DEADLINE_WORDS} om 17:00$`));
    expect(mail.text).toContain('verantwoordelijk voor 2 acties');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const partner = await context.newPage();
    await partner.goto(linkIn(mail.text, '/werkruimte'));
    await partner.getByLabel('E-mailadres').fill(to);
    await partner.getByLabel('Wachtwoord').fill(PASSWORD);
    await partner.getByRole('button', { name: 'Inloggen' }).click();
    await expect(partner.getByRole('heading', { level: 1, name: 'Werkruimte JN' })).toBeVisible();
    await expect(partner.getByRole('heading', { level: 2, name: ROUND })).toBeVisible();
    await context.close();
  });

  await test.step('"Herinnering nu versturen" mails the partner the actions not ready', async () => {
    await withDatabase((client) =>
      client.query(
        `UPDATE action_entries SET review_state = 'READY_FOR_REVIEW'
         WHERE round_id = $1 AND action_id = (SELECT id FROM actions WHERE title = $2)`,
        [roundId, READY],
      ),
    );
    await ministry.reload();
    await ministry.getByRole('button', { name: 'Herinnering nu versturen' }).click();
    await expect(ministry.getByText(/Herinnering verstuurd naar \d+ redacteur/)).toBeVisible();
    await shoot(ministry, 'ronde-herinnering');
    const mail = await waitForMail(to, new RegExp(`^${PLAN}: herinnering ronde ${ROUND}, invoer tot`));
    expect(mail.text).toContain(`- ${OPEN}\n`);
    expect(mail.text).not.toContain(READY);
    expect(linkIn(mail.text, '/account')).toBeTruthy();
  });

  await test.step('the ministry returns an action with a comment; the partner’s mail contains it', async () => {
    const comment = `Graag de planning concreet maken (${SUFFIX}).`;
    const entry = ministry.getByRole('article', { name: OPEN });
    await entry.getByText('Terugsturen…').click();
    await entry.getByLabel(`Opmerking voor de partner bij ‘${OPEN}’`).fill(comment);
    await entry.getByRole('button', { name: 'Terugsturen met opmerking' }).click();
    const mail = await waitForMail(to, new RegExp(`^${PLAN}: actie teruggestuurd, ${OPEN}$`));
    expect(mail.text).toContain(`> ${comment}`);
    expect(mail.text).toContain('Mira Ministerie');
  });

  await test.step('the ministry sees every message at /beheer/berichten', async () => {
    await ministry.goto('/beheer/berichten?soort=entry.returned');
    await expect(ministry.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible();
    await expect(ministry.getByRole('heading', { level: 2, name: `${PLAN}: actie teruggestuurd, ${OPEN}` }).first()).toBeVisible();
    await ministry.getByText('Tekst').first().click();
    await shoot(ministry, 'berichten');
  });
});
