/**
 * `npm run user:create`: makes an account on the database in DATABASE_URL.
 *
 *   npm run user:create -- --email naam@minvws.nl --name "Naam" --role ministerie
 *   npm run user:create -- --email naam@jeugdzorgnederland.nl --name "Naam" --role partner --organisation JN
 *
 * Missing values are asked for when run in a terminal. The password is typed (hidden, twice), read
 * from stdin with --password-stdin, or generated and printed once with --generate-password.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { z } from '../validation/dutch-zod';
import { createPrismaClient } from '../prisma-client';
import { unsafeCreateUserAccount } from '../users/unsafe-create-user-account';
import { createUserSchema } from '../validation/users';
import { ValidationError } from '../errors';

const ROLE_NAMES: Record<string, 'MINISTRY_EDITOR' | 'PARTNER_EDITOR'> = {
  ministerie: 'MINISTRY_EDITOR',
  partner: 'PARTNER_EDITOR',
};

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'generate-password': { type: 'boolean' },
    },
  });
  const prompt = new Prompt();
  try {
    const email = values.email ?? (await prompt.ask('E-mailadres: '));
    const name = values.name ?? (await prompt.ask('Naam: '));
    const roleName = (values.role ?? (await prompt.ask('Rol (ministerie of partner): '))).trim().toLowerCase();
    const role = ROLE_NAMES[roleName];
    if (!role) throw new Error(`Onbekende rol ‘${roleName}’: kies ministerie of partner.`);
    const abbreviation =
      values.organisation ?? (role === 'PARTNER_EDITOR' ? await prompt.ask('Organisatie (afkorting, bijv. JN): ') : undefined);
    const generated = values['generate-password'] ? randomBytes(18).toString('base64url') : undefined;
    const password = generated ?? (values['password-stdin'] ? await prompt.readStdinLine() : await prompt.askPasswordTwice());

    const db = createPrismaClient();
    try {
      const organisation = abbreviation
        ? await db.organisation.findFirst({ where: { abbreviation: { equals: abbreviation.trim(), mode: 'insensitive' } } })
        : null;
      if (abbreviation && !organisation) throw new Error(`Geen organisatie met afkorting ‘${abbreviation}’.`);
      const parsed = createUserSchema.safeParse({ email, name, role, organisationId: organisation?.id, password });
      if (!parsed.success) throw new Error(Object.values(z.flattenError(parsed.error).fieldErrors).flat().join(' '));
      const user = await unsafeCreateUserAccount(db, { ...parsed.data, organisationId: parsed.data.organisationId ?? null });
      console.log(`Account gemaakt: ${user.email} (${roleName}${organisation ? `, ${organisation.abbreviation}` : ''}).`);
      if (generated) console.log(`Wachtwoord (wordt niet opnieuw getoond): ${generated}`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    prompt.close();
  }
}

/** Questions in a terminal; a clear error when there is none to ask in. */
class Prompt {
  private rl: readline.Interface | null = null;
  private muted = false;

  private interface(): readline.Interface {
    if (!process.stdin.isTTY) throw new Error('Geef alle gegevens als opties mee (zie de README), of start dit in een terminal.');
    if (!this.rl) {
      this.rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const rl = this.rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
      const write = rl._writeToOutput.bind(rl);
      rl._writeToOutput = (text: string) => (this.muted && !text.includes(':') ? undefined : write(text));
    }
    return this.rl;
  }

  ask(question: string): Promise<string> {
    return this.interface().question(question);
  }

  async askPasswordTwice(): Promise<string> {
    this.muted = true;
    try {
      const first = await this.ask('Wachtwoord (minstens 12 tekens): ');
      process.stdout.write('\n');
      const second = await this.ask('Nog een keer: ');
      process.stdout.write('\n');
      if (first !== second) throw new Error('De wachtwoorden verschillen.');
      return first;
    } finally {
      this.muted = false;
    }
  }

  async readStdinLine(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }

  close() {
    this.rl?.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ValidationError || error instanceof Error ? error.message : String(error);
  console.error(`Account niet gemaakt: ${message}`);
  process.exit(1);
});
