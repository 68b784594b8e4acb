/**
 * What the bytes are: an .xlsx is a zip, an old .xls an OLE compound file, and text is CSV: no NUL
 * byte, and no control character but tab and line breaks at its start (where a binary file shows
 * itself). UTF-8 or Windows-1252 (as Dutch Excel saves "CSV") alike: the CSV reader decodes it and
 * names a later cell with a control character by row and column.
 */
export function sniffWorkbook(bytes: Buffer): 'xlsx' | 'csv' | 'xls' | null {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
  if (bytes.length === 0 || bytes.includes(0)) return null;
  return /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(bytes.subarray(0, 512).toString('latin1')) ? null : 'csv';
}
