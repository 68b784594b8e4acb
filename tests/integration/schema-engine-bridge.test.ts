/**
 * The offline schema engine (prisma/schema-engine/bridge.mjs, wired in by .config/prisma.ts),
 * driven through the real Prisma CLI against the real Postgres server, in a throwaway project
 * with its own tiny schema and a config that re-exports the project's config (paths in a Prisma
 * config resolve against the file that was loaded, so they point into the throwaway project).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropDatabase, TEST_SERVER_URL, withDatabase } from '../support/test-database';

const root = fileURLToPath(new URL('../..', import.meta.url));
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js');
const bridge = path.join(root, 'prisma/schema-engine/bridge.mjs');
const CLI_TIMEOUT = 90_000;

const SCHEMA = `generator client {
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

// What the hand-written migration below creates, as Prisma describes it.
const NOTE_MODEL = `model Note {
  id   Int    @id @default(autoincrement())
  body String @default("a;b")
}
`;

// Semicolons inside a string and a function body: the script must reach Postgres whole.
const HAND_WRITTEN_MIGRATION = `CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY, "body" TEXT NOT NULL DEFAULT 'a;b');
CREATE FUNCTION note_touch() RETURNS trigger AS $$
BEGIN
  NEW.body := NEW.body || ';';
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
`;

// Added by hand to a migration made with `migrate dev --create-only` (which ends without a newline).
const TRIGGER_MIGRATION = `
CREATE FUNCTION plan_title_trim() RETURNS trigger AS $$
BEGIN
  NEW.title := btrim(NEW.title, ' ;');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER plan_title_trim BEFORE INSERT OR UPDATE ON "Plan"
  FOR EACH ROW EXECUTE FUNCTION plan_title_trim();
`;

let projectDir: string;
const databaseName = `bridge_test_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(TEST_SERVER_URL, databaseName);
const missingDatabaseName = `${databaseName}_missing`;
const missingDatabaseUrl = withDatabase(TEST_SERVER_URL, missingDatabaseName);
const timings: string[] = [];

type CliResult = { status: number | null; output: string; ms: number };

/** Runs the real Prisma CLI in the throwaway project, with the user's engine setting removed. */
function prisma(args: readonly string[], env: Record<string, string> = {}): CliResult {
  const { PRISMA_SCHEMA_ENGINE_BINARY: _ignored, SHADOW_DATABASE_URL: _shadow, ...inherited } = process.env;
  const started = performance.now();
  const result = spawnSync(process.execPath, [prismaCli, ...args], {
    cwd: projectDir,
    env: { ...inherited, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: CLI_TIMEOUT,
  });
  const ms = Math.round(performance.now() - started);
  timings.push(`${ms} ms\tprisma ${args.join(' ')}`);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms };
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const tableExists = async (name: string) =>
  (await query<{ t: string | null }>(`SELECT to_regclass('public."${name}"')::text AS t`))[0]?.t != null;

const migrationsDir = () => path.join(projectDir, 'prisma/migrations');
const migrationFolders = () => readdirSync(migrationsDir()).filter((f) => !f.endsWith('.toml')).sort();

/** A migration name sorting right after the existing ones (and before any the CLI makes later). */
function nextMigrationName(suffix: string) {
  const last = migrationFolders().at(-1)!.slice(0, 14);
  return `${BigInt(last) + 1n}_${suffix}`;
}

const JS_STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

beforeAll(() => {
  projectDir = mkdtempSync(path.join(os.tmpdir(), 'voortgang-bridge-'));
  mkdirSync(path.join(projectDir, 'prisma'));
  mkdirSync(path.join(projectDir, '.config'));
  writeFileSync(path.join(projectDir, 'prisma/schema.prisma'), SCHEMA);
  writeFileSync(
    path.join(projectDir, '.config/prisma.ts'),
    `export { default } from ${JSON.stringify(path.join(root, '.config/prisma.ts'))};\n`,
  );
});

afterAll(async () => {
  for (const url of [databaseUrl, missingDatabaseUrl]) await dropDatabase(url).catch(() => {});
  if (projectDir) rmSync(projectDir, { recursive: true, force: true });
  console.log(`Prisma CLI timings (schema engine bridge):\n${timings.join('\n')}`);
});

describe('the Prisma CLI with the WebAssembly schema engine bridge', () => {
  it('migrate dev creates the database, writes the migration and applies it', { timeout: 2 * CLI_TIMEOUT }, async () => {
    const result = prisma(['migrate', 'dev', '--name', 'init']);
    expect(result.output).not.toMatch(JS_STACK_FRAME);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`PostgreSQL database ${databaseName} created`);

    const folders = migrationFolders();
    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(/^\d{14}_init$/);
    const sql = readFileSync(path.join(migrationsDir(), folders[0]!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Plan"');

    expect(await tableExists('Plan')).toBe(true);
    const applied = await query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
    );
    expect(applied.map((m) => m.migration_name)).toEqual(folders);
  });

  it('migrate status reports up to date, then a pending hand-written migration', { timeout: 2 * CLI_TIMEOUT }, () => {
    const upToDate = prisma(['migrate', 'status']);
    expect(upToDate.status, upToDate.output).toBe(0);
    expect(upToDate.output).toContain('Database schema is up to date!');

    const name = nextMigrationName('add_note');
    mkdirSync(path.join(migrationsDir(), name));
    writeFileSync(path.join(migrationsDir(), name, 'migration.sql'), HAND_WRITTEN_MIGRATION);

    const pending = prisma(['migrate', 'status']);
    expect(pending.status).not.toBe(0);
    expect(pending.output).toContain('have not yet been applied');
    expect(pending.output).toContain(name);
  });

  it('migrate deploy applies the pending migration, script intact', { timeout: 2 * CLI_TIMEOUT }, async () => {
    const result = prisma(['migrate', 'deploy']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('All migrations have been successfully applied.');

    expect(await tableExists('Note')).toBe(true);
    const [column] = await query<{ column_default: string }>(
      `SELECT column_default FROM information_schema.columns WHERE table_name = 'Note' AND column_name = 'body'`,
    );
    expect(column?.column_default).toBe(`'a;b'::text`);
    const [fn] = await query<{ prosrc: string }>(`SELECT prosrc FROM pg_proc WHERE proname = 'note_touch'`);
    expect(fn?.prosrc).toContain(`NEW.body || ';'`);

    const status = prisma(['migrate', 'status']);
    expect(status.status, status.output).toBe(0);
    expect(status.output).toContain('Database schema is up to date!');
  });

  it('migrate reset --force empties the database and reapplies every migration', { timeout: 2 * CLI_TIMEOUT }, async () => {
    await query(`INSERT INTO "Plan" (title) VALUES ('weg ermee')`);

    const result = prisma(['migrate', 'reset', '--force']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Database reset successful');

    expect(await query('SELECT * FROM "Plan"')).toHaveLength(0);
    expect(await tableExists('Note')).toBe(true);
    const applied = await query('SELECT 1 FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    expect(applied).toHaveLength(migrationFolders().length);
  });

  it('migrate dev replays the history in a shadow database and adds a schema change', { timeout: 2 * CLI_TIMEOUT }, async () => {
    const schema = SCHEMA.replace('title String', 'title String\n  done  Boolean @default(false)');
    writeFileSync(path.join(projectDir, 'prisma/schema.prisma'), `${schema}\n${NOTE_MODEL}`);

    const result = prisma(['migrate', 'dev', '--name', 'add_done']);
    expect(result.output).not.toMatch(JS_STACK_FRAME);
    expect(result.status, result.output).toBe(0);

    const folder = migrationFolders().find((f) => f.endsWith('_add_done'))!;
    expect(folder).toBeDefined();
    const sql = readFileSync(path.join(migrationsDir(), folder, 'migration.sql'), 'utf8');
    expect(sql).toContain('ADD COLUMN');
    expect(sql).not.toContain('Note'); // the shadow database saw the hand-written migration too
    expect(await query(`SELECT done FROM "Plan"`)).toEqual([]);
  });

  // After applying pending migrations, `migrate dev` needs the schema of the whole (now longer)
  // history, which the wasm engine only has if the bridge replayed it in a shadow database.
  it('migrate dev applies a migration made with --create-only and edited by hand', { timeout: 3 * CLI_TIMEOUT }, async () => {
    const created = prisma(['migrate', 'dev', '--create-only', '--name', 'trim_titles']);
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('created the following migration without applying it');
    const folder = migrationFolders().find((f) => f.endsWith('_trim_titles'))!;
    expect(folder).toBeDefined();
    writeFileSync(path.join(migrationsDir(), folder, 'migration.sql'), TRIGGER_MIGRATION, { flag: 'a' });
    const foldersBefore = migrationFolders();

    const result = prisma(['migrate', 'dev']);
    expect(result.output).not.toMatch(JS_STACK_FRAME);
    expect(result.output).not.toContain('shadow DB');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('The following migration(s) have been applied');
    expect(result.output).toContain(folder);
    expect(result.output).toContain('Your database is now in sync with your schema.');
    expect(migrationFolders()).toEqual(foldersBefore);

    const [row] = await query<{ title: string }>(`INSERT INTO "Plan" (title) VALUES (' getrimd; ') RETURNING title`);
    expect(row?.title).toBe('getrimd');
    await query('DELETE FROM "Plan"');

    const status = prisma(['migrate', 'status']);
    expect(status.status, status.output).toBe(0);
    expect(status.output).toContain('Database schema is up to date!');
  });

  it('migrate dev applies a pending migration and creates one for a schema change in one go', { timeout: 2 * CLI_TIMEOUT }, async () => {
    const pending = nextMigrationName('plan_count');
    mkdirSync(path.join(migrationsDir(), pending));
    writeFileSync(
      path.join(migrationsDir(), pending, 'migration.sql'),
      'CREATE FUNCTION plan_count() RETURNS bigint AS $$ SELECT count(*) FROM "Plan"; $$ LANGUAGE sql;\n',
    );
    const schemaPath = path.join(projectDir, 'prisma/schema.prisma');
    writeFileSync(schemaPath, readFileSync(schemaPath, 'utf8').replace('done  Boolean @default(false)', '$&\n  rank  Int     @default(0)'));

    const result = prisma(['migrate', 'dev', '--name', 'add_rank']);
    expect(result.output).not.toMatch(JS_STACK_FRAME);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(pending);
    const folder = migrationFolders().find((f) => f.endsWith('_add_rank'))!;
    expect(folder).toBeDefined();
    const sql = readFileSync(path.join(migrationsDir(), folder, 'migration.sql'), 'utf8');
    expect(sql).toContain('ADD COLUMN');
    expect(sql).not.toContain('plan_count');
    expect(await query('SELECT rank, plan_count() FROM "Plan"')).toEqual([]);
  });

  it('migrate dev on a drifted database explains the drift', { timeout: 2 * CLI_TIMEOUT }, async () => {
    await query('ALTER TABLE "Plan" ADD COLUMN sneaky integer');
    try {
      const foldersBefore = migrationFolders();
      const result = prisma(['migrate', 'dev', '--name', 'after_drift']);
      expect(result.output).not.toMatch(JS_STACK_FRAME);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('Drift detected');
      expect(result.output).toContain('Added column `sneaky`');
      expect(migrationFolders()).toEqual(foldersBefore);
    } finally {
      await query('ALTER TABLE "Plan" DROP COLUMN sneaky');
    }
  });

  it('generate works offline', { timeout: CLI_TIMEOUT }, () => {
    const result = prisma(['generate']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Generated Prisma Client');
    expect(existsSync(path.join(projectDir, 'generated/prisma/client.ts'))).toBe(true);
  });

  describe('a bad connection URL gives a readable Prisma error, not a stack trace or a hang', () => {
    const unknownUser = new URL(TEST_SERVER_URL);
    unknownUser.username = 'bridge_test_nobody';
    unknownUser.password = '';
    const both: readonly (readonly string[])[] = [['migrate', 'status'], ['migrate', 'deploy']];
    const cases = [
      ['a port nobody listens on', 'postgresql://postgres@127.0.0.1:1/voortgang', /P1001[\s\S]*Can't reach database server at `127\.0\.0\.1:1`/, both],
      ['an unknown host', 'postgresql://postgres@no-such-host.invalid:5432/voortgang', /P1001[\s\S]*Can't reach database server at `no-such-host\.invalid:5432`/, both],
      ['an unknown user', unknownUser.toString(), /P1000[\s\S]*bridge_test_nobody/, both],
      // (migrate deploy and dev create a missing database, as they should.)
      ['an unknown database', missingDatabaseUrl, new RegExp(`P1003[\\s\\S]*Database \`${missingDatabaseName}\` does not exist`), [['migrate', 'status']]],
    ] as const;

    for (const [label, url, expected, commands] of cases) {
      for (const command of commands) {
        it(`${command.join(' ')} with ${label}`, { timeout: CLI_TIMEOUT }, () => {
          const result = prisma(command, { DATABASE_URL: url });
          expect(result.status).not.toBe(0);
          expect(result.output).toMatch(expected);
          expect(result.output).not.toMatch(JS_STACK_FRAME);
          expect(result.ms).toBeLessThan(30_000);
        });
      }
    }
  });

  it("leaves a user's own PRISMA_SCHEMA_ENGINE_BINARY alone", { timeout: CLI_TIMEOUT }, () => {
    const theirs = path.join(projectDir, 'their-own-schema-engine');
    const result = prisma(['migrate', 'status'], { PRISMA_SCHEMA_ENGINE_BINARY: theirs });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('PRISMA_SCHEMA_ENGINE_BINARY');
    expect(result.output).toContain(theirs);
  });
});

describe('the bridge process itself', () => {
  it('answers JSON-RPC on stdout and exits when stdin closes', { timeout: CLI_TIMEOUT }, async () => {
    // A bridge that hangs instead of exiting is killed before the test times out, and fails it (exit code null).
    const child = spawn(process.execPath, [bridge, '--datasource', JSON.stringify({ url: TEST_SERVER_URL })], {
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: CLI_TIMEOUT - 10_000,
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    child.stdin.end(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getDatabaseVersion' })}\n`);
    const code = await exited;

    expect(code).toBe(0);
    const answer = JSON.parse(stdout.trim()) as { id: number; result: string };
    expect(answer.id).toBe(1);
    expect(answer.result).toMatch(/^PostgreSQL /);
  });
});
