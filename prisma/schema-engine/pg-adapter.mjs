// Connects the WebAssembly schema engine to Postgres through @prisma/adapter-pg, fixing what
// that adapter (7.10) gets wrong for the schema engine's needs:
//  - catalog columns of type "char" (oid 18) are not mapped ("Column type 'char' could not be
//    deserialized"), so results present them as text (oid 25);
//  - executeScript splits scripts on ';' (breaking strings, functions, DO blocks), so scripts are
//    sent whole, as one simple query, like the native engine does;
//  - connectToShadowDb keeps the original connection string, which overrides the shadow
//    database name: the "shadow" would be the dev database itself. The shadow database is
//    created here instead (or SHADOW_DATABASE_URL's is used);
//  - no connect timeout by default, so an unresponsive host would hang: 5 s like Prisma's
//    `connect_timeout` default (overridable in the URL);
//  - connection errors only reach the engine as text, so the last one is kept for errors.mjs.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { log } from './log.mjs';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

let lastConnectionError = null;

/** The connection error (and its URL) seen since the last call, if any, and forget it. */
export function takeConnectionError() {
  const error = lastConnectionError;
  lastConnectionError = null;
  return error;
}

function presentCharAsText(result) {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of part?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

function connectTimeoutMillis(url) {
  try {
    const seconds = new URL(url).searchParams.get('connect_timeout');
    if (seconds !== null && Number.isFinite(Number(seconds))) return Number(seconds) * 1000;
  } catch {}
  return 5000;
}

class BridgeClient extends pg.Client {
  constructor(config) {
    super({ ...config, connectionTimeoutMillis: config?.connectionTimeoutMillis ?? connectTimeoutMillis(config?.connectionString) });
    this.bridgeUrl = config?.connectionString;
  }

  connect(callback) {
    const connecting = super.connect().catch((error) => {
      if (error && typeof error === 'object') error.duringConnect = true;
      lastConnectionError = { error, url: this.bridgeUrl };
      throw error;
    });
    if (!callback) return connecting;
    connecting.then(() => callback(), callback);
  }

  query(config, values, callback) {
    if (typeof values === 'function') [callback, values] = [values, undefined];
    // Query objects (cursors, streams) manage their own results: leave them alone.
    if (config == null || typeof config.submit === 'function') return super.query(config, values, callback);
    if (typeof config === 'object' && typeof config.callback === 'function') {
      ({ callback, ...config } = config);
    }
    const result = super.query(config, values).then(presentCharAsText);
    if (!callback) return result;
    result.then((res) => callback(null, res), (error) => callback(error));
  }
}

/** pg settings for a Prisma-style URL: our client class, and `?schema=` as search_path. */
function poolConfig(url) {
  const config = { connectionString: url, Client: BridgeClient };
  const schema = new URL(url).searchParams.get('schema');
  if (schema) config.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  return config;
}

function adapterOptions(url) {
  const schema = new URL(url).searchParams.get('schema');
  return schema ? { schema } : undefined;
}

async function connectAdapter(url) {
  const adapter = await new PrismaPg(poolConfig(url), adapterOptions(url)).connect();
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // throws the DriverAdapterError the engine understands
    }
  };
  return adapter;
}

/** Runs one statement on its own short-lived connection (CREATE/DROP DATABASE can't share one). */
export async function runAdminStatement(url, sql) {
  const client = new BridgeClient(poolConfig(url));
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
 * @returns {{ factory: object, cleanup: () => Promise<void> }} cleanup drops shadow databases left behind
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const shadowDatabases = new Set();

  async function dropShadowDatabase(name) {
    await runAdminStatement(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    shadowDatabases.delete(name);
    log('INFO', `Dropped shadow database ${name}`);
  }

  const factory = {
    adapterName: '@prisma/adapter-pg',
    provider: 'postgres',
    connect: () => connectAdapter(url),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // A configured shadow database is wiped before use, as the native engine does.
        const adapter = await connectAdapter(shadowDatabaseUrl);
        const { rows } = await adapter.underlyingDriver().query(
          "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
        );
        const drops = rows.map(({ nspname }) => `DROP SCHEMA ${quoteIdent(nspname)} CASCADE;`).join('\n');
        await adapter.underlyingDriver().query(`${drops}\nCREATE SCHEMA IF NOT EXISTS public;`);
        return adapter;
      }
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runAdminStatement(url, `CREATE DATABASE ${quoteIdent(name)}`);
      shadowDatabases.add(name);
      log('INFO', `Created shadow database ${name}`);
      const adapter = await connectAdapter(withDatabase(url, name));
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool(); // close our connections first, or DROP DATABASE refuses
        await dropShadowDatabase(name);
      };
      return adapter;
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    async cleanup() {
      for (const name of shadowDatabases) {
        await dropShadowDatabase(name).catch((error) => log('WARN', `Could not drop shadow database ${name}: ${error.message}`));
      }
    },
  };
}
