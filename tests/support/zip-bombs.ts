import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';
import JSZip from 'jszip';

type RawEntry = { name: string; compressed: Buffer; size: number; method: 0 | 8 };

/**
 * A zip archive written by hand, so a test can hold an entry of hundreds of megabytes without
 * compressing them in JavaScript (jszip takes seconds for that). CRCs are left 0: the bounded
 * reader (yauzl) does not check them, and refusing must not depend on them.
 */
function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `megabytes` of zeros, deflated natively a megabyte at a time (about 1 KB per MB). */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const megabyte = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(megabyte)) await once(deflate, 'drain');
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(chunks);
}

/**
 * A .docx-looking zip bomb: word/document.xml unpacks to `megabytes` of zeros (200 by default,
 * twice the limit) from well under a megabyte. `understated`: its headers claim 1 KB, so only
 * counting while unpacking can stop it.
 */
export async function zipBomb({ megabytes = 200, understated = false } = {}): Promise<Buffer> {
  const compressed = await deflatedZeros(megabytes);
  const size = understated ? 1024 : megabytes * 1024 * 1024;
  return writeZip([{ name: 'word/document.xml', compressed, size, method: 8 }]);
}

/** A zip of `count` tiny files (5,000 by default, five times the limit on entries). */
export function manyEntriesZip(count = 5_000): Buffer {
  return writeZip(
    Array.from({ length: count }, (_, i) => ({ name: `word/media/${i}.txt`, compressed: Buffer.from('x'), size: 1, method: 0 as const })),
  );
}

/** A proper zip that is no Word document: no word/document.xml inside. */
export function zipWithoutDocument(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}
