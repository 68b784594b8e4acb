import { ConflictError } from '@/lib/errors';
import type { LockedEntry } from '@/lib/updates/lock-entry';
import { conflictDetails } from '@/lib/updates/update-content';

/** A review applies to the version the reviewer read; a newer one must be read first. */
export function assertReviewedVersion(entry: LockedEntry, version: number): void {
  const current = entry.currentUpdate!;
  if (current.version === version) return;
  const by = current.createdBy?.name ?? 'iemand anders';
  throw new ConflictError(
    `${by} heeft deze actie gewijzigd nadat u de pagina opende (nu versie ${current.version}). Lees de nieuwe tekst en beoordeel opnieuw.`,
    conflictDetails(current),
  );
}
