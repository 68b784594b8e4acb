/**
 * The offline schema engine driven through the real Prisma CLI against the real Postgres server:
 * one migration history in a throwaway project (tests/support/prisma-cli-project.ts), each step
 * building on the one before.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI_TIMEOUT,
  createPrismaCliProject,
  JS_STACK_FRAME,
  PROJECT_SCHEMA,
  queryDatabase,
  type PrismaCliProject,
} from '../support/prisma-cli-project';
import { dropDatabase, TEST_SERVER_URL, withDatabase } from '../support/test-database';

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

const databaseName = `bridge_test_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(TEST_SERVER_URL, databaseName);
let project: PrismaCliProject;

const prisma = (args: readonly string[]) => project.prisma(args);
const query = <T extends Record<string, unknown>>(sql: string) => queryDatabase<T>(databaseUrl, sql);
const tableExists = async (name: string) =>
  (await query<{ t: string | null }>(`SELECT to_regclass('public."${name}"')::text AS t`))[0]?.t != null;
const migrationFolders = () => project.migrationFolders();

beforeAll(() => {
  project = createPrismaCliProject({ databaseUrl });
});

afterAll(async () => {
  await dropDatabase(databaseUrl).catch(() => {});
  project?.remove();
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
    const sql = readFileSync(path.join(project.migrationsDir, folders[0]!, 'migration.sql'), 'utf8');
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

    const name = project.nextMigrationName('add_note');
    mkdirSync(path.join(project.migrationsDir, name));
    writeFileSync(path.join(project.migrationsDir, name, 'migration.sql'), HAND_WRITTEN_MIGRATION);

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
    const schema = PROJECT_SCHEMA.replace('title String', 'title String\n  done  Boolean @default(false)');
    writeFileSync(project.schemaPath, `${schema}\n${NOTE_MODEL}`);

    const result = prisma(['migrate', 'dev', '--name', 'add_done']);
    expect(result.output).not.toMatch(JS_STACK_FRAME);
    expect(result.status, result.output).toBe(0);

    const folder = migrationFolders().find((f) => f.endsWith('_add_done'))!;
    expect(folder).toBeDefined();
    const sql = readFileSync(path.join(project.migrationsDir, folder, 'migration.sql'), 'utf8');
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
    writeFileSync(path.join(project.migrationsDir, folder, 'migration.sql'), TRIGGER_MIGRATION, { flag: 'a' });
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
    const pending = project.nextMigrationName('plan_count');
    mkdirSync(path.join(project.migrationsDir, pending));
    writeFileSync(
      path.join(project.migrationsDir, pending, 'migration.sql'),
      'CREATE FUNCTION plan_count() RETURNS bigint AS $$ SELECT count(*) FROM "Plan"; $$ LANGUAGE sql;\n',
    );
    const schemaPath = project.schemaPath;
    writeFileSync(schemaPath, readFileSync(schemaPath, 'utf8').replace('done  Boolean @default(false)', '$&\n  rank  Int     @default(0)'));

    const result = prisma(['migrate', 'dev', '--name', 'add_rank']);
    expect(result.output).not.toMatch(JS_STACK_FRAME);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(pending);
    const folder = migrationFolders().find((f) => f.endsWith('_add_rank'))!;
    expect(folder).toBeDefined();
    const sql = readFileSync(path.join(project.migrationsDir, folder, 'migration.sql'), 'utf8');
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
    expect(existsSync(path.join(project.dir, 'generated/prisma/client.ts'))).toBe(true);
  });
});
