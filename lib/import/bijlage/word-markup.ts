import { DomUtils, parseDocument } from 'htmlparser2';
import { ValidationError } from '@/lib/errors';
import { childElements, type DomElement } from '@/lib/import/bijlage/dom-nodes';

/** The parts of a .docx whose text mammoth reads. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

// Word's revision marks: inserted, deleted and moved text, inserted and deleted table cells. A
// formatting change (w:rPrChange) changes no text and does not count.
const REVISION = /<w:(?:ins|del|moveFrom|moveTo|cellIns|cellDel)[\s>/]/;

/**
 * Refuses a document with tracked changes (bijgehouden wijzigingen): mammoth would silently keep
 * the insertions and drop the deletions, importing text nobody accepted.
 */
export function refuseTrackedChanges(files: Map<string, Buffer>): void {
  for (const name of TEXT_PARTS) {
    const part = files.get(name);
    if (part && REVISION.test(part.toString('utf8'))) {
      throw new ValidationError(
        'Dit document bevat bijgehouden wijzigingen. Accepteer of weiger ze eerst in Word (Controleren → Accepteren → Alle wijzigingen accepteren) en sla het document opnieuw op; er is niets ingelezen.',
      );
    }
  }
}

/**
 * For each table of the body (not those nested in a cell), in document order, the grid columns
 * Word skips before each row's first cell (`w:gridBefore`), which mammoth drops. Null when no row
 * skips any (most documents: the XML is then not parsed at all).
 */
export function gridBeforeByTable(documentXml: string): number[][] | null {
  if (!documentXml.includes('<w:gridBefore')) return null;
  const document = parseDocument(documentXml, { xmlMode: true });
  const tables: number[][] = [];
  const visit = (element: DomElement) => {
    for (const child of childElements(element)) {
      if (child.name === 'w:tbl') tables.push(tableRows(child));
      else visit(child);
    }
  };
  childElements(document).forEach(visit);
  return tables;
}

function tableRows(table: DomElement): number[] {
  return childElements(table)
    .filter((child) => child.name === 'w:tr')
    .map((row) => {
      const properties = childElements(row).find((child) => child.name === 'w:trPr');
      const skip = properties && childElements(properties).find((child) => child.name === 'w:gridBefore');
      const value = Number(skip ? DomUtils.getAttributeValue(skip, 'w:val') : 0);
      return Number.isInteger(value) && value > 0 ? value : 0;
    });
}
