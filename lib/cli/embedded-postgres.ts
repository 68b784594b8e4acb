import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * Real Postgres compiled to WebAssembly (PGlite), with its data in `dataDir`, served on loopback
 * so that Prisma, the schema-engine bridge and psql connect to it like to any Postgres server.
 * PGlite runs one connection; the socket server multiplexes a few clients over it.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port, maxConnections: 8 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw new Error(
      `Kan de ingebouwde database niet starten op poort ${options.port} (${(error as Error).message}). ` +
        'Kies een andere poort met EMBEDDED_DB_PORT.',
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
