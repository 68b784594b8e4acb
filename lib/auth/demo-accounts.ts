import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { unsafeCreateUserAccount } from '@/lib/users/unsafe-create-user-account';

/**
 * The accounts of the embedded demo (`npm start` without DATABASE_URL): one ministry editor and a
 * partner editor for each of JN, NVP, NJi and VNG. Their passwords are generated per installation,
 * kept in .data/demo-accounts.json and printed by the start command. Never created with a real
 * database: there, `npm run user:create` makes accounts.
 */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; organisation: string | null }[] = [
  { email: 'ministerie@voortgang.demo', name: 'Demo Ministerie VWS', role: 'MINISTRY_EDITOR', organisation: null },
  { email: 'jn@voortgang.demo', name: 'Demo Jeugdzorg Nederland', role: 'PARTNER_EDITOR', organisation: 'JN' },
  { email: 'nvp@voortgang.demo', name: 'Demo Nederlandse Vereniging voor Pleeggezinnen', role: 'PARTNER_EDITOR', organisation: 'NVP' },
  { email: 'nji@voortgang.demo', name: 'Demo Nederlands Jeugdinstituut', role: 'PARTNER_EDITOR', organisation: 'NJi' },
  { email: 'vng@voortgang.demo', name: 'Demo VNG', role: 'PARTNER_EDITOR', organisation: 'VNG' },
];

export type DemoCredentials = { email: string; password: string; role: Role; organisation: string | null };

export const DEMO_ACCOUNTS_FILE = path.join('.data', 'demo-accounts.json');

/** Makes sure every demo account exists with the password in `file`; returns the credentials. */
export async function provisionDemoAccounts(db: Database, file = DEMO_ACCOUNTS_FILE): Promise<DemoCredentials[]> {
  const passwords = readPasswords(file);
  const credentials: DemoCredentials[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = passwords[account.email] ?? generatePassword();
    passwords[account.email] = password;
    const organisationId = account.organisation
      ? (await db.organisation.findUniqueOrThrow({ where: { abbreviation: account.organisation } })).id
      : null;
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true, passwordHash: true } });
    if (!existing) {
      await unsafeCreateUserAccount(db, { email: account.email, name: account.name, role: account.role, organisationId, password });
    } else if (!(await verifyPassword(password, existing.passwordHash))) {
      // The database outlived the file: the demo account takes the file's password.
      await db.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(password), active: true } });
    }
    credentials.push({ email: account.email, password, role: account.role, organisation: account.organisation });
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}

export function readDemoCredentials(file = DEMO_ACCOUNTS_FILE): DemoCredentials[] {
  const passwords = readPasswords(file);
  return DEMO_ACCOUNTS.filter((a) => passwords[a.email]).map((a) => ({
    email: a.email,
    password: passwords[a.email]!,
    role: a.role,
    organisation: a.organisation,
  }));
}

function readPasswords(file: string): Record<string, string> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** Four groups of four letters and digits, e.g. "k7pq-3mzt-x9ra-2fhc": 80 bits, easy to type. */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
