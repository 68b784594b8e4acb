// `npm run lint`: Next's core-web-vitals and TypeScript rules plus the boundaries of this codebase.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const prismaClient = {
  regex: '^@prisma/client(/.*)?$|(^|/)lib/generated(/|$)',
  message: 'Prisma alleen in lib/: roep een use case in lib/<concept>/ aan (en importeer nooit @prisma/client, de client staat in lib/generated).',
};
const database = {
  regex: '(^|/)lib/(db|prisma-client)$',
  message: 'De database alleen in lib/: roep een use case in lib/<concept>/ aan.',
};
const noDatabaseImports = (allowTypeImports) => ['error', {
  patterns: [{ ...prismaClient, allowTypeImports }, { ...database, allowTypeImports }],
}];

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: ['lib/generated/**', '.next*/**', 'test-results/**', 'tests/screenshots/**', 'playwright-report/**', '.data/**'],
  },
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    rules: {
      // Files stay small enough to read in one go; comments count, they are read too.
      'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
      'no-restricted-syntax': ['error', {
        selector: 'TSAsExpression > TSNeverKeyword',
        message: "Geen 'as never': geef de waarde het type dat de functie verwacht.",
      }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Warnings pass `eslint .`, so what Next reports as a warning holds as an error here.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'error',
      'import/no-anonymous-default-export': 'error',
    },
  },
  {
    // The one Prisma client and everything that queries live in lib/ (lib/ itself only never
    // imports @prisma/client: the generated client in lib/generated is the one to use).
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    ignores: ['lib/**'],
    rules: { '@typescript-eslint/no-restricted-imports': noDatabaseImports(false) },
  },
  {
    files: ['lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '^@prisma/client(/.*)?$', message: prismaClient.message }],
      }],
    },
  },
  {
    // Deliberate exceptions: these use the database because that is what they do. Integration
    // tests and their factories check use cases against real rows, the benchmark fills a plan,
    // and the seed command writes the real data. Unit tests may name the generated enum types.
    files: ['tests/integration/**', 'tests/support/**', 'tests/bench/**', 'prisma/seed.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['tests/unit/**'],
    rules: { '@typescript-eslint/no-restricted-imports': noDatabaseImports(true) },
  },
];

export default config;
