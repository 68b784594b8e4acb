import 'server-only';
import { parseDocument } from 'htmlparser2';
import { ValidationError } from '@/lib/errors';
import { assembleBijlage } from '@/lib/import/bijlage/assemble-bijlage';
import { documentBlocks } from '@/lib/import/bijlage/document-blocks';
import { docxToHtml } from '@/lib/import/bijlage/docx-to-html';
import type { ParsedBijlage } from '@/lib/import/bijlage/parsed-bijlage';
import { repackForMammoth } from '@/lib/import/bijlage/slim-document-xml';
import { refuseTrackedChanges } from '@/lib/import/bijlage/word-markup';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { readZipBounded } from '@/lib/import/read-zip-bounded';

/**
 * Reads a Word bijlage (.docx): its title, line headings, the rows of its action tables with
 * their footnotes, and every table and row it could not read (see ParsedBijlage). Nothing is
 * matched to a plan here. Refuses (ValidationError, Dutch) what is no .docx or unpacks beyond the
 * limits, a document with tracked changes, and one with more than IMPORT_LIMITS.bijlageRows table
 * rows (header rows and those of nested tables included). The bytes reach mammoth only after the bounded unpacking passed.
 */
export async function parseBijlage(bytes: Buffer): Promise<ParsedBijlage> {
  const files = await readZipBounded(bytes);
  const documentXml = files.get('word/document.xml');
  if (!documentXml) throw new ValidationError('Dit bestand is geen Word-document (.docx). Er is niets ingelezen.');
  refuseTrackedChanges(files);
  const xml = documentXml.toString('utf8');
  // Counted in the XML, before mammoth spends any time on a document too large to import.
  const rows = xml.match(/<w:tr[\s>]/g)?.length ?? 0;
  if (rows > IMPORT_LIMITS.bijlageRows) {
    throw new ValidationError(
      `Deze bijlage heeft ${rows} tabelrijen; er kunnen er hoogstens ${IMPORT_LIMITS.bijlageRows} tegelijk worden ingelezen. Splits het document. Er is niets ingelezen.`,
    );
  }
  const document = parseDocument(await docxToHtml(await repackForMammoth(files, xml)));
  return assembleBijlage(documentBlocks(document), xml);
}
