import JSZip from 'jszip';

// Layout mammoth never turns into HTML: widths, margins, borders, shading, font sizes, languages,
// spell-check marks and revision ids. Half of a table-heavy document.xml, and most of mammoth's time
// (its XML DOM and the garbage it leaves) goes into elements like these.
const SELF_CLOSING = /<w:(?:tcW|tblW|tblInd|tblLook|tblLayout|sz|szCs|lang|color|kern|noProof|proofErr|cantSplit|spacing|shd|vAlign|gridCol)\b[^>]*\/>/g;
const CONTAINERS = /<w:(tcMar|tcBorders|tblBorders|tblCellMar|pBdr)\b[^>]*>.*?<\/w:\1>/gs;
const EMPTY_PROPERTIES = /<w:(rPr|trPr|tcPr|tblGrid)>\s*<\/w:\1>/g;
const REVISION_IDS = / w:rsid\w*="[^"]*"/g;

/** document.xml without what mammoth would ignore; the text, styles, merges and notes untouched. */
export function slimDocumentXml(xml: string): string {
  return xml.replace(REVISION_IDS, '').replace(CONTAINERS, '').replace(SELF_CLOSING, '').replace(EMPTY_PROPERTIES, '');
}

/**
 * The unpacked document repacked (uncompressed: mammoth reads it at once) with a slimmer
 * document.xml, for mammoth to convert. Built from what the bounded unpacking returned, so
 * mammoth never unpacks the upload itself.
 */
export function repackForMammoth(files: Map<string, Buffer>, documentXml: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of files) zip.file(name, name === 'word/document.xml' ? slimDocumentXml(documentXml) : bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
