import 'server-only';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ValidationError } from '@/lib/errors';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';

type ZipLimits = { zipEntries: number; expandedBytes: number };

/**
 * Unpacks a .docx or .xlsx upload into memory, refusing it (a ValidationError in Dutch) when it is
 * not a zip file, holds more than `zipEntries` files, or unpacks to more than `expandedBytes`.
 * The unpacked bytes are counted as they stream, so an archive that understates its sizes is
 * stopped at the limit all the same (yauzl also refuses an entry whose size differs from its claim).
 * Returns every file by its name inside the archive.
 */
export async function readZipBounded(bytes: Buffer, limits: ZipLimits = IMPORT_LIMITS): Promise<Map<string, Buffer>> {
  const zip = await openZip(bytes);
  if (zip.entryCount > limits.zipEntries) {
    zip.close();
    throw tooMany(limits.zipEntries);
  }
  const files = new Map<string, Buffer>();
  let expanded = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      if (expanded + entry.uncompressedSize > limits.expandedBytes) throw tooLarge(limits.expandedBytes);
      const chunks: Buffer[] = [];
      for await (const chunk of await openEntry(zip, entry)) {
        expanded += (chunk as Buffer).length;
        if (expanded > limits.expandedBytes) throw tooLarge(limits.expandedBytes);
        chunks.push(chunk as Buffer);
      }
      files.set(entry.fileName, Buffer.concat(chunks));
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw unreadable();
  } finally {
    zip.close();
  }
  return files;
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(unreadable()) : resolve(zip),
    );
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry) => done(() => resolve(entry));
    const onEnd = () => done(() => resolve(null));
    const onError = () => done(() => reject(unreadable()));
    const done = (then: () => void) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      then();
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(unreadable()) : resolve(stream)));
  });
}

function unreadable() {
  return new ValidationError('Dit bestand is geen leesbaar Word- of Excel-bestand (.docx of .xlsx).');
}

function tooMany(limit: number) {
  return new ValidationError(`Dit bestand bevat meer dan ${limit} onderdelen; zo groot is geen bijlage of werkmap. Er is niets ingelezen.`);
}

function tooLarge(limit: number) {
  return new ValidationError(`Dit bestand is uitgepakt groter dan ${megabytes(limit)}; zo groot is geen bijlage of werkmap. Er is niets ingelezen.`);
}
