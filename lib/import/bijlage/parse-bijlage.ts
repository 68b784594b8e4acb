import 'server-only';
import type { ParsedBijlage } from '@/lib/import/bijlage/parsed-bijlage';

/**
 * PLACEHOLDER until the Word reader (branch h-parser) is merged: that branch's file replaces this
 * one. Refuses every document, so nothing is stored.
 */
export async function parseBijlage(bytes: Buffer): Promise<ParsedBijlage> {
  void bytes;
  throw new Error('De Word-lezer is nog niet beschikbaar.');
}
