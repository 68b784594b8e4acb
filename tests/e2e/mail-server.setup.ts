import { startSmtpTestServer } from '../support/smtp-test-server';
import { MAIL_PORT, resetMailBox, storeMail } from './mail-box';

/** Playwright's global setup: a real SMTP server for the run; every message lands in the mail box. */
export default async function startMailServer() {
  resetMailBox();
  const server = await startSmtpTestServer(MAIL_PORT, storeMail);
  return () => server.stop();
}
