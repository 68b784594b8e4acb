/** What the bytes are: an .xlsx is a zip, an old .xls an OLE compound file, a CSV UTF-8 text. */
export function sniffWorkbook(bytes: Buffer): 'xlsx' | 'csv' | 'xls' | null {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Text, not a binary file that happens to decode: no NUL and no other C0 control but tab and line breaks.
    return /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(text) ? null : 'csv';
  } catch {
    return null;
  }
}
