/**
 * The offline schema engine where things go wrong: bad connection URLs give a readable Prisma
 * error, a user's own engine setting is left alone, and the bridge process as the CLI starts it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CLI_TIMEOUT, createPrismaCliProject, JS_STACK_FRAME, ROOT, type PrismaCliProject } from '../support/prisma-cli-project';
import { dropDatabase, TEST_SERVER_URL, withDatabase } from '../support/test-database';

const bridge = path.join(ROOT, 'prisma/schema-engine/bridge.mjs');
const missingDatabaseName = `bridge_test_${randomBytes(4).toString('hex')}_missing`;
const missingDatabaseUrl = withDatabase(TEST_SERVER_URL, missingDatabaseName);
let project: PrismaCliProject;

beforeAll(() => {
  project = createPrismaCliProject({ databaseUrl: missingDatabaseUrl });
});

afterAll(async () => {
  await dropDatabase(missingDatabaseUrl).catch(() => {});
  project?.remove();
});

describe('the Prisma CLI with the WebAssembly schema engine bridge', () => {
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
          const result = project.prisma(command, { DATABASE_URL: url });
          expect(result.status).not.toBe(0);
          expect(result.output).toMatch(expected);
          expect(result.output).not.toMatch(JS_STACK_FRAME);
          expect(result.ms).toBeLessThan(30_000);
        });
      }
    }
  });

  it("leaves a user's own PRISMA_SCHEMA_ENGINE_BINARY alone", { timeout: CLI_TIMEOUT }, () => {
    const theirs = path.join(project.dir, 'their-own-schema-engine');
    const result = project.prisma(['migrate', 'status'], { PRISMA_SCHEMA_ENGINE_BINARY: theirs });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('PRISMA_SCHEMA_ENGINE_BINARY');
    expect(result.output).toContain(theirs);
  });
});

describe('the bridge process itself', () => {
  it('answers JSON-RPC on stdout and exits when stdin closes', { timeout: CLI_TIMEOUT }, async () => {
    const child = spawn(process.execPath, [bridge, '--datasource', JSON.stringify({ url: TEST_SERVER_URL })], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // A bridge that hangs fails on the test's timeout and is stopped here.
    onTestFinished(() => {
      if (child.exitCode === null) child.kill();
    });

    child.stdin.end(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getDatabaseVersion' })}\n`);
    const code = await exited;

    expect(code).toBe(0);
    const answer = JSON.parse(stdout.trim()) as { id: number; result: string };
    expect(answer.id).toBe(1);
    expect(answer.result).toMatch(/^PostgreSQL /);
  });
});
