#!/usr/bin/env node
// Stands in for Prisma's native `schema-engine` binary, which the CLI would otherwise download
// from Prisma's CDN (unreachable on networks that only mirror npm). It speaks the same protocol
// but runs the engine compiled to WebAssembly (@prisma/schema-engine-wasm) over node-postgres.
// .config/prisma.ts points PRISMA_SCHEMA_ENGINE_BINARY here. Invocations:
//   bridge.mjs [--datamodels FILE]… [--datasource JSON] [--enabled-preview-features …]  JSON-RPC on stdin/stdout
//   bridge.mjs --datasource JSON cli can-connect-to-database|create-database|drop-database
//   bridge.mjs --version
import { readFile } from 'node:fs/promises';
import { log, logUserFacingError, routeConsoleToStderr } from './log.mjs';

routeConsoleToStderr();

function parseArgs(argv) {
  const options = { datamodelPaths: [], datasource: undefined, cliCommand: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels') options.datamodelPaths.push(argv[++i]);
    else if (arg === '--datasource') options.datasource = JSON.parse(argv[++i]);
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++; // the wasm engine reads these from the schema
    else if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === 'cli') options.cliCommand = argv[++i];
    else log('WARN', `Ignoring unknown argument: ${arg}`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));

  if (options.version) {
    const { loadSchemaEngineWasm } = await import('./load-wasm.mjs');
    process.stdout.write(`schema-engine-cli ${(await loadSchemaEngineWasm()).version()} (WebAssembly bridge)\n`);
    return;
  }

  if (options.cliCommand) {
    const { runCliCommand } = await import('./cli-commands.mjs');
    process.exitCode = await runCliCommand(options.cliCommand, options.datasource);
    return;
  }

  const datamodels = await Promise.all(options.datamodelPaths.map(async (path) => [path, await readFile(path, 'utf8')]));
  const { serveJsonRpc } = await import('./json-rpc.mjs');
  serveJsonRpc({ datamodels, datasource: options.datasource });
}

// Exit 1 with an ERROR line: the CLI shows "Error in Schema engine: <message>".
function fail(error) {
  logUserFacingError({ message: `Schema engine bridge failed: ${error?.stack ?? error}`, error_code: null });
  process.exit(1);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main().catch(fail);
