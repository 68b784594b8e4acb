// `ENGINE --datasource '{"url":…}' cli <command>`: the one-shot commands the CLI runs before it
// starts the JSON-RPC engine (does the database exist? create it). They don't need the wasm
// engine, only a Postgres connection. Exit 0 on success; on failure exit 1 after a stderr line
// `{"level":"ERROR","target":"schema_engine::logger","fields":{"message","error_code"}}`.
import { describeUrl, invalidUrlError, userFacingConnectionError } from './errors.mjs';
import { log, logUserFacingError } from './log.mjs';
import { quoteIdent, runAdminStatement } from './pg-adapter.mjs';

/** The same server's maintenance database, to run CREATE/DROP DATABASE from. */
function maintenanceUrl(url, database = 'postgres') {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceDatabase(url, sql) {
  try {
    return await runAdminStatement(maintenanceUrl(url), sql);
  } catch (error) {
    if (error?.code !== '3D000') throw error; // no "postgres" database: try the template
    return await runAdminStatement(maintenanceUrl(url, 'template1'), sql);
  }
}

const COMMANDS = {
  'can-connect-to-database': (url) => runAdminStatement(url, 'SELECT 1'),
  'create-database': (url) => onMaintenanceDatabase(url, `CREATE DATABASE ${quoteIdent(describeUrl(url).database)}`),
  'drop-database': (url) => onMaintenanceDatabase(url, `DROP DATABASE ${quoteIdent(describeUrl(url).database)}`),
};

/** @returns {Promise<number>} the exit code */
export async function runCliCommand(command, datasource) {
  // The CLI skips the first stderr line and parses every other one as JSON.
  log('INFO', `Starting schema engine CLI (WebAssembly bridge): ${command}`);
  const run = COMMANDS[command];
  if (!run) {
    logUserFacingError({ message: `Unknown schema engine CLI command: ${command}`, error_code: null });
    return 1;
  }
  const url = datasource?.url;
  if (!url) {
    logUserFacingError({ message: 'No database URL was given to the schema engine (--datasource).', error_code: null });
    return 1;
  }
  const invalid = invalidUrlError(url);
  if (invalid) {
    logUserFacingError(invalid);
    return 1;
  }
  try {
    await run(url);
    return 0;
  } catch (error) {
    const known = userFacingConnectionError(error, url);
    logUserFacingError(known ?? { message: String(error?.message ?? error), error_code: null });
    return 1;
  }
}
