import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sourceHash } from '@/lib/cli/source-hash';

/**
 * The production server as real processes, for tests of what it answers over HTTP: the build
 * the E2E tests use (made here when the sources changed, as `npm start` does), lib/server/serve.ts
 * started on it, and a TCP proxy between a server and Postgres that a test can cut and restore.
 */
const DIST_DIR = process.env.E2E_DIST_DIR ?? '.next-e2e';
const HASH_FILE = path.join(DIST_DIR, 'voortgang-source-hash');

export function ensureProductionBuild(): void {
  const hash = sourceHash();
  if (existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === hash) return;
  const build = spawnSync('node_modules/.bin/next', ['build'], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('next build mislukt');
  writeFileSync(HASH_FILE, hash);
}

/** The id of a server action in the build (app/_form-handlers/<file>.ts, export `name`). */
export function serverActionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name && entry.filename?.endsWith(file));
  if (!found) throw new Error(`Geen server action ${name} in ${file}`);
  return found[0];
}

export type RunningServer = {
  url: string;
  /** Resolves with the first line of its output (from now on) that matches. */
  nextLine: (pattern: RegExp) => Promise<string>;
  stop: () => Promise<void>;
};

export async function startProductionServer(options: { databaseUrl: string; port: number }): Promise<RunningServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn('node_modules/.bin/tsx', ['lib/server/serve.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const nextLine = outputLines(child);
  const listening = nextLine(/Server luistert op/);
  await Promise.race([listening, exited(child)]);
  return {
    url,
    nextLine,
    stop: async () => {
      if (child.exitCode !== null) return;
      const done = exited(child).catch(() => {});
      child.kill('SIGTERM');
      await done;
    },
  };
}

function outputLines(child: ChildProcess): (pattern: RegExp) => Promise<string> {
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (data: Buffer) => {
    for (const line of data.toString().split('\n')) {
      if (process.env.SERVER_TEST_LOG) console.log(`[server] ${line}`);
      for (const waiter of [...waiting]) {
        if (waiter.pattern.test(line)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  return (pattern) => new Promise((resolve) => waiting.push({ pattern, resolve }));
}

function exited(child: ChildProcess): Promise<never> {
  return new Promise((_resolve, reject) => child.once('exit', (code) => reject(new Error(`server gestopt (${code})`))));
}

export type DatabaseProxy = {
  /** A Postgres URL that goes through the proxy. */
  url: string;
  /** Postgres is "down": open connections are cut and new ones refused. Resolves when closed. */
  cut: () => Promise<void>;
  /** Postgres is back on the same address. */
  restore: () => Promise<void>;
};

/** A TCP proxy to the database of `databaseUrl`, on a free local port. */
export async function startDatabaseProxy(databaseUrl: string): Promise<DatabaseProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const createServer = () =>
    net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  let server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: async () => {
      server = createServer();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
  };
}
