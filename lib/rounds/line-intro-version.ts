import 'server-only';
import { createHash } from 'node:crypto';

/**
 * The version of a round's introduction for a line, as the form carries it: the SHA-256 of its
 * text ('' for none). A save names the version it started from, so nobody's text is overwritten unseen.
 */
export function lineIntroVersion(text: string | null | undefined): string {
  return createHash('sha256').update(text ?? '').digest('hex');
}
