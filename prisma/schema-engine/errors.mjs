// Turns connection failures into the user-facing errors (code + message) the native engine gives.
// The WebAssembly engine only throws plain `Error(message)`s without a Prisma error code, and
// its wording is sometimes lossy (e.g. "database `(not available)`"), so the bridge records the
// underlying pg/Node error (see pg-adapter.mjs) and describes that instead.
import os from 'node:os';

/** Host, port, database and user of a postgres URL, for messages (never the password). */
export function describeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { host: 'localhost', port: '5432', database: undefined, user: undefined, location: 'localhost:5432' };
  }
  const host = decodeURIComponent(parsed.hostname) || parsed.searchParams.get('host') || 'localhost';
  const port = parsed.port || parsed.searchParams.get('port') || '5432';
  const user = decodeURIComponent(parsed.username) || process.env.PGUSER || os.userInfo().username;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user;
  return { host, port, database, user, location: host.startsWith('/') ? host : `${host}:${port}` };
}

/** P1013 for a URL this bridge cannot use (it only speaks Postgres), else null. */
export function invalidUrlError(url) {
  const invalid = (why) => ({ error_code: 'P1013', message: `The provided database string is invalid. ${why}`, meta: { details: why } });
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return invalid('It is not a valid URL, e.g. postgresql://user:password@host:5432/database.');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    return invalid('The URL must start with the protocol `postgresql://` or `postgres://`.');
  }
  return null;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ETIMEDOUT', 'EADDRNOTAVAIL', 'ENOENT']);

/**
 * @param {unknown} error a pg or Node error (or a DriverAdapterError wrapping one's description)
 * @param {string} url the connection URL it happened on
 * @returns {{ error_code: string, message: string, meta: object } | null} null when not a connection problem
 */
export function userFacingConnectionError(error, url) {
  if (!error || typeof error !== 'object') return null;
  const { host, port, database, user, location } = describeUrl(url);
  const code = typeof error.code === 'string' ? error.code : undefined;
  const text = String(error.message ?? '');
  const make = (error_code, message, meta) => ({ error_code, message, meta });

  const cutOff = code === 'ECONNRESET' || code === 'EPIPE' || /Connection terminated unexpectedly/i.test(text);
  // A connection cut before the handshake finished means the server was never really reached.
  if ((code && UNREACHABLE.has(code)) || (cutOff && error.duringConnect) || /connection timeout|timeout expired|timeout exceeded when trying to connect/i.test(text)) {
    return make('P1001', `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`, { database_host: host, database_port: port });
  }
  if (cutOff) {
    return make('P1017', 'Server has closed the connection.', {});
  }
  if (/does not support SSL|error establishing an SSL connection/i.test(text) || code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
    return make('P1011', `Error opening a TLS connection: ${text}`, { message: text });
  }
  switch (code) {
    case '3D000':
      return make('P1003', `Database \`${database}\` does not exist on the database server at \`${location}\`.`, { database_name: database, database_host: host, database_port: port });
    case '28P01':
      return make('P1000', `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`, { database_user: user, database_host: host, database_port: port });
    case '28000':
      // Postgres uses 28000 both for unknown roles and for pg_hba.conf rejections.
      if (/role .* does not exist/i.test(text)) {
        return make('P1000', `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid (${text}).\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`, { database_user: user, database_host: host, database_port: port });
      }
      return make('P1010', `User \`${user}\` was denied access on the database \`${database}\` (${text})`, { database_user: user, database_name: database });
    case '42501':
      return make('P1010', `User \`${user}\` was denied access on the database \`${database}\` (${text})`, { database_user: user, database_name: database });
    case '42P04':
      return make('P1009', `Database \`${database}\` already exists on the database server at \`${location}\``, { database_name: database, database_host: host, database_port: port });
    case '53300':
      return make('P2037', `Too many database connections opened: ${text}`, { message: text });
    case '57P03':
      return make('P1001', `Can't reach database server at \`${location}\` (${text})\n\nPlease make sure your database server is running at \`${location}\`.`, { database_host: host, database_port: port });
    default:
      return null;
  }
}

// What the engine's own message says for each kind of connection failure. A connection error
// recorded during a request only replaces the engine's message when the two agree, so that a
// stray failed connection (e.g. a pool's extra connection) never masks a real query error.
const ENGINE_WORDING = {
  P1000: /authentication|credentials|password|denied access/i,
  P1001: /can't reach|reach database|timed? ?out|connect/i,
  P1003: /database .* does not exist/i,
  P1009: /already exists/i,
  P1010: /denied access|permission/i,
  P1011: /tls|ssl/i,
  P1017: /closed the connection|terminated|connection/i,
  P2037: /too many/i,
};

export function describesConnectionFailure(errorCode, engineMessage) {
  return ENGINE_WORDING[errorCode]?.test(engineMessage) ?? false;
}
