// Logging for the bridge. The Prisma CLI reads the engine's stderr as JSON lines (and, for
// `cli …` sub-commands, parses every line after the first as JSON), while stdout is reserved
// for JSON-RPC answers. So everything the bridge or its dependencies say goes to stderr as JSON.
import { format } from 'node:util';

export function log(level, message, fields = {}) {
  process.stderr.write(
    `${JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...fields },
      target: 'schema_engine_bridge',
    })}\n`,
  );
}

/** The line the CLI looks for when a `cli …` sub-command fails. */
export function logUserFacingError({ message, error_code }) {
  process.stderr.write(
    `${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { message, error_code } })}\n`,
  );
}

/** Keep stray console output and Node warnings (e.g. pg deprecations) off stdout and in JSON. */
export function routeConsoleToStderr() {
  for (const [method, level] of [['log', 'INFO'], ['info', 'INFO'], ['debug', 'DEBUG'], ['warn', 'WARN'], ['error', 'ERROR']]) {
    console[method] = (...args) => log(level, format(...args));
  }
  process.removeAllListeners('warning');
  process.on('warning', (warning) => log('WARN', `${warning.name}: ${warning.message}`));
}
