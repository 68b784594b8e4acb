import mammoth from 'mammoth';
import { ValidationError } from '@/lib/errors';

/**
 * Word's heading styles as h1…h3 (mammoth knows the English names; a Dutch Word calls them
 * "Kop 1" with style id Kop1), and the Title style as `h1.title`, so the document's title can be
 * told from its first heading.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  'p.Title => h1.title:fresh',
  'p.Titel => h1.title:fresh',
  ...[1, 2, 3, 4].flatMap((level) => [`p[style-name='Kop ${level}'] => h${level}:fresh`, `p.Kop${level} => h${level}:fresh`]),
];

// Images are never needed: each becomes an empty <img>, its bytes unread.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The document as mammoth's HTML. External files stay out of reach (mammoth's default since
 * 1.11, and not switched on here); empty paragraphs are kept, since an empty line inside a cell is
 * part of its text.
 */
export async function docxToHtml(bytes: Buffer): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: bytes },
      { styleMap: STYLE_MAP, convertImage: NO_IMAGES, ignoreEmptyParagraphs: false, externalFileAccess: false },
    );
    return value;
  } catch {
    throw new ValidationError('Dit Word-document kon niet worden gelezen; het is beschadigd of geen .docx. Er is niets ingelezen.');
  }
}
