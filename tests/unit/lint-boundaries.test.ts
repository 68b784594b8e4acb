/**
 * The rules `npm run lint` holds, checked on code written for the occasion with the project's own
 * eslint.config.mjs: where the database may be imported, and what no file may contain.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const DATABASE_IMPORTS = `import { prisma } from '@/lib/db';
import { createPrismaClient } from '@/lib/prisma-client';
import { PrismaClient } from '@prisma/client';
import { RoundState } from '@/lib/generated/prisma/enums';
import type { Role } from '../../lib/generated/prisma/client';
export const used = [prisma, createPrismaClient, PrismaClient, RoundState];
export type Used = Role;
`;

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The rule ids reported for `code` as if it were the file at `filePath`, one per problem. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.line}:${message.ruleId ?? message.message}`);
}

describe('the lint rules', () => {
  it('refuse the database and Prisma in pages, components and unit tests', { timeout: 60_000 }, async () => {
    const restricted = '@typescript-eslint/no-restricted-imports';
    const everyLine = [1, 2, 3, 4, 5].map((line) => `${line}:${restricted}`);
    expect(await problems('app/plannen/voorbeeld/page.tsx', DATABASE_IMPORTS)).toEqual(everyLine);
    expect(await problems('components/voorbeeld.tsx', DATABASE_IMPORTS)).toEqual(everyLine);
    // Unit tests may name the generated types (line 5), nothing else.
    expect(await problems('tests/unit/voorbeeld.test.ts', DATABASE_IMPORTS)).toEqual(everyLine.slice(0, 4));
  });

  it('let lib/, the integration tests and the seed command use the database', { timeout: 60_000 }, async () => {
    const withoutPrismaPackage = DATABASE_IMPORTS.replace("import { PrismaClient } from '@prisma/client';\n", '')
      .replace('PrismaClient, ', '');
    for (const filePath of ['lib/voorbeeld/find-voorbeeld.ts', 'tests/integration/voorbeeld.test.ts', 'prisma/seed.ts']) {
      expect(await problems(filePath, withoutPrismaPackage), filePath).toEqual([]);
    }
    // The client is the generated one: not even lib/ imports @prisma/client.
    expect(await problems('lib/voorbeeld/find-voorbeeld.ts', DATABASE_IMPORTS)).toEqual(['3:@typescript-eslint/no-restricted-imports']);
  });

  it('refuse any and as never, and files over 250 lines, everywhere', { timeout: 60_000 }, async () => {
    const casts = 'export const a: any = 1;\nexport const b = 2 as never;\n';
    const long = `${Array.from({ length: 251 }, (_, i) => `export const line${i} = ${i};`).join('\n')}\n`;
    for (const filePath of ['lib/voorbeeld.ts', 'components/voorbeeld.tsx', 'tests/integration/voorbeeld.test.ts']) {
      expect(await problems(filePath, casts), filePath).toEqual(['1:@typescript-eslint/no-explicit-any', '2:no-restricted-syntax']);
    }
    for (const filePath of ['lib/voorbeeld.ts', 'tests/e2e/voorbeeld.spec.ts', 'prisma/schema-engine/voorbeeld.mjs']) {
      expect(await problems(filePath, long), filePath).toEqual(['251:max-lines']);
    }
    expect(await problems('lib/voorbeeld.ts', 'export const fine = 1;\n')).toEqual([]);
  });
});
