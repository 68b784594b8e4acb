import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { seedDataSchema, type SeedData } from '@/lib/seed/plan-data-schema';

export const SEED_DATA_DIR = path.join(process.cwd(), 'prisma', 'seed-data');

/** Reads and validates every data file in prisma/seed-data/, merged into one data set. */
export function loadSeedData(dir = SEED_DATA_DIR): SeedData {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const parts = files.map((name) => {
    const parsed = seedDataSchema.safeParse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
    return parsed.data;
  });
  return {
    organisations: uniqueBy(parts.flatMap((p) => p.organisations), (o) => o.abbreviation),
    plans: parts.flatMap((p) => p.plans),
  };
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [keyOf(item), item])).values()];
}
