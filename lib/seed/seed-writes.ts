import type { Database } from '@/lib/prisma-client';

/** The transaction the seed writes in. */
export type Tx = Parameters<Parameters<Database['$transaction']>[0]>[0];

export type SeedReport = { created: number; updated: number; versionsAdded: number };

export async function created<T>(report: SeedReport, write: Promise<T>): Promise<T> {
  report.created++;
  return write;
}

export async function updateIfChanged<T extends object, F extends object>(
  existing: T,
  fields: F,
  report: SeedReport,
  write: () => Promise<T>,
): Promise<T> {
  if (!differs(existing, fields)) return existing;
  report.updated++;
  return write();
}

/** True when any field in `fields` has another value in `existing` (dates and arrays by value). */
export function differs(existing: object, fields: object): boolean {
  const current = existing as Record<string, unknown>;
  return Object.entries(fields).some(([name, value]) => comparable(current[name]) !== comparable(value));
}

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value ?? null);
}
