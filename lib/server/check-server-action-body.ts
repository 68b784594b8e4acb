import { IncomingMessage } from 'node:http';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';

/** Next's default `serverActions.bodySizeLimit` (next.config.ts sets none). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * File uploads are route handlers whose path ends in /upload under /beheer or /werkruimte
 * (a bijlage, a workbook): their multipart body may hold a file up to IMPORT_LIMITS.fileBytes,
 * plus room for the form's other fields.
 */
const UPLOAD_PATH = /^\/(beheer|werkruimte)(\/[^?#]*)?\/upload$/;
export const UPLOAD_BODY_LIMIT = IMPORT_LIMITS.fileBytes + 64 * 1024;

/** A POST to an upload route: its body is read and counted here whatever its content type says. */
export function isUpload(request: IncomingMessage): boolean {
  return request.method === 'POST' && !request.headers['next-action'] && UPLOAD_PATH.test((request.url ?? '/').split('?')[0]!);
}

function bodyLimit(request: IncomingMessage): number {
  return isUpload(request) ? UPLOAD_BODY_LIMIT : SERVER_ACTION_BODY_LIMIT;
}

const isMultipart = (request: IncomingMessage) => /^multipart\/form-data\s*;/i.test(String(request.headers['content-type'] ?? ''));

type Checked = { request: IncomingMessage } | { status: 400 | 413 | 415; message: string };

/**
 * Reads a server action's body before Next does, because Next answers a body over its limit and an
 * argument it cannot decode with a 500. Over the limit is a 413; a call from Next's client (with the
 * Next-Action header) whose arguments are not what this app's form handlers take is a 400. Every
 * form handler is `(previous state, FormData)`, which React's encodeReply sends as multipart whose
 * field 0 is the JSON `[state, "$K<id>"]` (the FormData's fields follow as `<id>_<name>`); anything
 * else (plain JSON, another shape, a reference to a part that cannot exist) would reach the handler
 * as arguments Next fails on. Otherwise Next gets a request that replays the body.
 */
export async function checkServerActionBody(request: IncomingMessage): Promise<Checked> {
  if (isUpload(request) && !isMultipart(request)) {
    return { status: 415, message: 'Een bestand wordt met het uploadformulier verstuurd (multipart/form-data); er is niets ingelezen.' };
  }
  const limit = bodyLimit(request);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge(limit);
  const body = await readAtMost(request, limit);
  if (!body) return tooLarge(limit);
  if (request.headers['next-action'] && !(await isDecodableReply(request, body))) {
    return { status: 400, message: 'De gegevens van dit formulier zijn onleesbaar; er is niets gewijzigd.' };
  }
  return { request: replay(request, body) };
}

/**
 * The body, or null as soon as it passes `limit`. The request stays open (paused) then, unlike
 * breaking out of `for await`, which destroys the socket before the refusal can be sent.
 */
function readAtMost(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (body: Buffer | null) => {
      request.off('data', onData).off('end', onEnd).off('error', reject);
      if (!body) request.pause();
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) stop(null);
      else chunks.push(chunk);
    };
    const onEnd = () => stop(Buffer.concat(chunks));
    request.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/** How much more of a refused body is read and thrown away, and for how long, before the connection is cut. */
const DISCARD_BYTES = 16 * 1024 * 1024;
const DISCARD_MS = 10_000;

/**
 * After a refusal sent before the whole body was read. A client still sending reads the answer only
 * if the server keeps reading meanwhile: closing at once makes the kernel reset the connection, and
 * the browser shows "connection reset" instead of the Dutch message. So the rest is read and
 * discarded, up to DISCARD_BYTES or DISCARD_MS, and beyond that the connection is cut.
 */
export function discardRestOfBody(request: IncomingMessage): void {
  if (request.complete) return;
  const socket = request.socket;
  let discarded = 0;
  const cut = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(cut, DISCARD_MS);
  timer.unref();
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_BYTES) cut();
  });
  request.once('end', () => clearTimeout(timer));
  request.once('error', cut);
  request.resume();
}

function tooLarge(limit: number): Checked {
  if (limit === SERVER_ACTION_BODY_LIMIT) return { status: 413, message: 'Dit formulier is te groot (meer dan 1 MB); er is niets gewijzigd.' };
  return { status: 413, message: `Dit bestand is te groot (meer dan ${megabytes(IMPORT_LIMITS.fileBytes)}); er is niets ingelezen.` };
}

async function isDecodableReply(request: IncomingMessage, body: Buffer): Promise<boolean> {
  const contentType = String(request.headers['content-type'] ?? '');
  // Without a multipart body there is no FormData to refer to: no form handler can be called so.
  if (!contentType.startsWith('multipart/form-data')) return false;
  try {
    const form = await new Request('http://localhost', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
    const root = form.get('0');
    return typeof root === 'string' && isFormHandlerArguments(JSON.parse(root));
  } catch {
    return false;
  }
}

/** `[state, "$K<id>"]`: the previous form state (an object, or null) and a reference to the FormData. */
export function isFormHandlerArguments(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [state, formData] = value as [unknown, unknown];
  const stateIsObject = state === null || (typeof state === 'object' && !Array.isArray(state));
  return stateIsObject && typeof formData === 'string' && /^\$K[0-9a-f]+$/.test(formData);
}

/** A request with the same method, URL, headers and socket whose body is the one already read. */
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}
