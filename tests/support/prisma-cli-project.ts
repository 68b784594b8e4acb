/**
 * A throwaway Prisma project for driving the real Prisma CLI with the offline schema engine
 * (prisma/schema-engine/bridge.mjs, wired in by .config/prisma.ts): its own tiny schema and a
 * config that re-exports the project's config (paths in a Prisma config resolve against the file
 * that was loaded, so they point into the throwaway project).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PRISMA_CLI = path.join(ROOT, 'node_modules/prisma/build/index.js');
export const CLI_TIMEOUT = 90_000;

/** A line of a JavaScript stack trace: what a readable CLI error never contains. */
export const JS_STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

export const PROJECT_SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model Plan {
  id    Int    @id @default(autoincrement())
  title String
}
`;

export type CliResult = { status: number | null; output: string; ms: number };

export type PrismaCliProject = {
  dir: string;
  schemaPath: string;
  migrationsDir: string;
  /** Runs the real Prisma CLI in the project, with the user's engine settings removed. */
  prisma: (args: readonly string[], env?: Record<string, string>) => CliResult;
  /** The migration folders, sorted. */
  migrationFolders: () => string[];
  /** A migration name sorting right after the existing ones (and before any the CLI makes later). */
  nextMigrationName: (suffix: string) => string;
  /** Removes the project and prints how long each CLI call took. */
  remove: () => void;
};

export function createPrismaCliProject(options: { databaseUrl: string }): PrismaCliProject {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'voortgang-bridge-'));
  const schemaPath = path.join(dir, 'prisma/schema.prisma');
  const migrationsDir = path.join(dir, 'prisma/migrations');
  mkdirSync(path.join(dir, 'prisma'));
  mkdirSync(path.join(dir, '.config'));
  writeFileSync(schemaPath, PROJECT_SCHEMA);
  writeFileSync(
    path.join(dir, '.config/prisma.ts'),
    `export { default } from ${JSON.stringify(path.join(ROOT, '.config/prisma.ts'))};\n`,
  );
  const timings: string[] = [];
  const migrationFolders = () => readdirSync(migrationsDir).filter((f) => !f.endsWith('.toml')).sort();

  return {
    dir,
    schemaPath,
    migrationsDir,
    prisma(args, env = {}) {
      const { PRISMA_SCHEMA_ENGINE_BINARY: _ignored, SHADOW_DATABASE_URL: _shadow, ...inherited } = process.env;
      const started = performance.now();
      const result = spawnSync(process.execPath, [PRISMA_CLI, ...args], {
        cwd: dir,
        env: { ...inherited, DATABASE_URL: options.databaseUrl, CHECKPOINT_DISABLE: '1', NO_COLOR: '1', ...env },
        encoding: 'utf8',
        timeout: CLI_TIMEOUT,
      });
      const ms = Math.round(performance.now() - started);
      timings.push(`${ms} ms\tprisma ${args.join(' ')}`);
      return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms };
    },
    migrationFolders,
    nextMigrationName(suffix) {
      const last = migrationFolders().at(-1)!.slice(0, 14);
      return `${BigInt(last) + 1n}_${suffix}`;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
      console.log(`Prisma CLI timings (schema engine bridge):\n${timings.join('\n')}`);
    },
  };
}

/** One query on its own connection. */
export async function queryDatabase<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
