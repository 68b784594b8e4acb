// The JSON-RPC 2.0 server the Prisma CLI talks to: one request per line on stdin, one answer per
// line on stdout. Requests are handled one at a time, in order, like the native engine does.
import { createInterface } from 'node:readline';
import { describesConnectionFailure, invalidUrlError, userFacingConnectionError } from './errors.mjs';
import { log } from './log.mjs';
import { createAdapterFactory, takeConnectionError } from './pg-adapter.mjs';
import { loadSchemaEngineWasm, takePanicMessage } from './load-wasm.mjs';
import { createMigrationsSchemaCacheWarmer } from './migrations-schema-cache.mjs';

// CLI method names that differ from the engine's.
const METHOD_ALIASES = { getDatabaseVersion: 'version' };
const ENGINE_METHODS = new Set([
  'applyMigrations', 'createMigration', 'dbExecute', 'devDiagnostic', 'diagnoseMigrationHistory', 'diff',
  'ensureConnectionValidity', 'evaluateDataLoss', 'introspect', 'introspectSql', 'markMigrationApplied',
  'markMigrationRolledBack', 'reset', 'schemaPush', 'version', 'debugPanic',
]);

class RpcError extends Error {
  constructor(code, message, data) {
    super(message);
    Object.assign(this, { code, data });
  }
}

/** What the CLI shows: `data.error_code` + `data.message`, or a panic when `is_panic`. */
function toRpcError(error) {
  if (error instanceof RpcError) return { code: error.code, message: error.message, data: error.data };
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const engineMessage = (isPanic && takePanicMessage()) || String(error?.message ?? error).trimEnd();
  // Describe the connection failure behind the engine's error, if that is what it reports.
  const failed = takeConnectionError();
  const known = failed && !isPanic ? userFacingConnectionError(failed.error, failed.url) : null;
  const useKnown = known && describesConnectionFailure(known.error_code, engineMessage);
  return {
    code: 4466,
    // For panics the CLI shows this message; for other errors, `data`.
    message: isPanic ? engineMessage : 'An error happened. Check the data field for details.',
    data: {
      is_panic: isPanic,
      message: useKnown ? known.message : engineMessage,
      meta: useKnown ? known.meta : null,
      error_code: useKnown ? known.error_code : null,
    },
  };
}

/**
 * @param {{ datamodels: [string, string][], datasource?: { url?: string, shadowDatabaseUrl?: string } }} options
 */
export function serveJsonRpc({ datamodels, datasource }) {
  const url = datasource?.url;
  let engine; // created on first use, so that a bad URL is reported as the answer to a request
  let adapters;
  let currentId = null; // the request being handled, for answering it if the engine panics
  const migrationsSchemaCache = createMigrationsSchemaCacheWarmer();
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  async function getEngine() {
    if (engine) return engine;
    if (!url) throw new RpcError(4466, 'No datasource URL', { is_panic: false, message: 'No database URL was given to the schema engine: set `datasource.url` in the Prisma config file.', meta: null, error_code: null });
    const invalid = invalidUrlError(url);
    if (invalid) throw new RpcError(4466, 'Invalid datasource URL', { is_panic: false, ...invalid });
    const { SchemaEngine } = await loadSchemaEngineWasm();
    adapters = createAdapterFactory({ url, shadowDatabaseUrl: datasource.shadowDatabaseUrl });
    const onLog = (line) => process.stderr.write(`${String(line).trimEnd()}\n`);
    try {
      engine = await SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, adapters.factory);
    } catch (error) {
      await adapters.cleanup();
      throw error;
    }
    return engine;
  }

  async function handle(line) {
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } };
    }
    const { id, method, params } = request;
    if (method === undefined) return null; // the CLI acknowledging one of our `print` calls
    currentId = id;
    const engineMethod = METHOD_ALIASES[method] ?? method;
    try {
      if (!ENGINE_METHODS.has(engineMethod)) throw new RpcError(-32601, `Method not found: ${method} (not supported by the WebAssembly schema engine bridge)`);
      takeConnectionError(); // only errors of this request count
      const schemaEngine = await getEngine();
      await migrationsSchemaCache.beforeCall(schemaEngine, engineMethod, params);
      const result = await schemaEngine[engineMethod](params ?? null);
      migrationsSchemaCache.afterCall(engineMethod, result);
      // The wasm engine returns what `migrate diff` should print; the native one asks the CLI to
      // print it with a JSON-RPC call `print` (which the CLI acknowledges on stdin).
      if (engineMethod === 'diff' && typeof result?.stdout === 'string') {
        send({ jsonrpc: '2.0', id: `print-${id}`, method: 'print', params: { content: result.stdout.replace(/\n$/, '') } });
        result.stdout = null;
      }
      return { jsonrpc: '2.0', id, result: result ?? null };
    } catch (error) {
      log('INFO', `${method} failed: ${error?.message ?? error}`);
      return { jsonrpc: '2.0', id, error: toRpcError(error) };
    }
  }

  // An engine panic traps inside a promise job of the wasm glue, so it arrives here rather than
  // as a rejection. Answer the pending request with it and exit like the native engine (101).
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', (error) => {
    const rpcError = toRpcError(error);
    log('ERROR', rpcError.data?.message ?? String(error), { is_panic: rpcError.data?.is_panic ?? false });
    if (currentId !== null) send({ jsonrpc: '2.0', id: currentId, error: rpcError });
    Promise.resolve(adapters?.cleanup())
      .catch(() => {})
      .finally(() => process.stdout.write('', () => process.exit(101)));
  });

  let queue = Promise.resolve();
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => {
    if (!line.trim()) return;
    queue = queue.then(async () => {
      const answer = await handle(line);
      if (answer) send(answer);
    });
  });
  // The CLI ends stdin when it is done: finish pending work, clean up, and exit even though
  // pg pools or wasm timers might still hold the event loop.
  input.on('close', () => {
    queue
      .then(() => adapters?.cleanup())
      .catch((error) => log('WARN', `Cleanup failed: ${error.message}`))
      .finally(() => process.stdout.write('', () => process.exit(0)));
  });
}
