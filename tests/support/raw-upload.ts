import http from 'node:http';

/** Uploads as an odd client sends them, over a raw socket: what fetch cannot do once the server closes early. */

/** A POST that declares `length` bytes and sends none: the server must answer from the header alone. */
export function postDeclared(baseUrl: string, path: string, cookie: string, contentType: string, length: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(baseUrl + path, { method: 'POST', headers: { cookie, 'content-type': contentType, 'content-length': length } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        resolve({ status: incoming.statusCode!, text: Buffer.concat(chunks).toString('utf8') });
        outgoing.destroy();
      });
    });
    outgoing.on('error', reject);
    outgoing.flushHeaders();
  });
}

/** A chunked POST without a declared length, 1 MB at a time until the server answers (or `total` is sent). */
export function postChunked(baseUrl: string, path: string, cookie: string, contentType: string, total: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(baseUrl + path, { method: 'POST', headers: { cookie, 'content-type': contentType, 'transfer-encoding': 'chunked' } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        resolve({ status: incoming.statusCode!, text: Buffer.concat(chunks).toString('utf8') });
        outgoing.destroy();
      });
    });
    // The server closes the connection once it has answered; what is still being written then is lost.
    outgoing.on('error', (error) => (outgoing.destroyed ? undefined : reject(error)));
    const block = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const write = () => {
      while (sent < total && !outgoing.destroyed) {
        sent += block.length;
        if (!outgoing.write(block)) return void outgoing.once('drain', write);
      }
      if (!outgoing.destroyed) outgoing.end();
    };
    write();
  });
}

