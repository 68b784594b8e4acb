import { test as setup } from '@playwright/test';
import { hashPassword } from '../../../lib/auth/password';
import { ACCOUNTS, PASSWORD, withDatabase } from './support';

setup('the editing tests’ accounts exist', async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await withDatabase(async (client) => {
    for (const account of Object.values(ACCOUNTS)) {
      await client.query(
        `INSERT INTO users (email, name, password_hash, role, organisation_id, active, updated_at)
         VALUES ($1, $2, $3, $4::"Role", (SELECT id FROM organisations WHERE abbreviation = $5), true, now())
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true, reminders_enabled = true`,
        [account.email, account.name, passwordHash, account.role, account.organisation],
      );
    }
    // A fresh start for the slow-down after failed sign-ins of these accounts.
    await client.query(`DELETE FROM sign_in_attempts WHERE email LIKE 'e2e-%'`);
  });
});
