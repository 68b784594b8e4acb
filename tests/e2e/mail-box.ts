import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { ReceivedMail } from '../support/smtp-test-server';

/**
 * The E2E run's mail server (started by mail-server.setup.ts on E2E_SMTP_PORT; the app gets it as
 * SMTP_URL) writes every message it receives as JSON into MAIL_DIR, where the specs read them.
 */
export const MAIL_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const MAIL_DIR = path.join(os.tmpdir(), `voortgang-e2e-mail-${MAIL_PORT}`);

export function resetMailBox() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
}

export function storeMail(mail: ReceivedMail) {
  writeFileSync(path.join(MAIL_DIR, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(mail));
}

export function readMailBox(): ReceivedMail[] {
  return readdirSync(MAIL_DIR)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(MAIL_DIR, file), 'utf8')) as ReceivedMail);
}

/** Waits until a message to `to` whose subject matches has arrived, and returns it. */
export async function waitForMail(to: string, subject: RegExp): Promise<ReceivedMail> {
  const find = () => readMailBox().filter((mail) => mail.to.includes(to) && subject.test(mail.subject));
  await expect.poll(() => find().length, { timeout: 60_000, message: `e-mail aan ${to}: ${subject}` }).toBeGreaterThan(0);
  return find()[0]!;
}
