import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma finds this file as `.config/prisma.ts` (its loader, c12, also looks in `.config/`), and
// resolves the relative paths below against this file's folder, hence `../`.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The CLI would download a native schema engine from Prisma's CDN, which our networks (and CI)
// cannot reach. The CLI reads this file before it looks for the engine, so pointing it at the
// WebAssembly bridge here covers every command. A user's own choice wins.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(projectRoot, 'prisma/schema-engine/bridge.mjs');
}

export default defineConfig({
  schema: '../prisma/schema.prisma',
  migrations: {
    path: '../prisma/migrations',
    // Run from the directory the CLI is started in (the project root), not from this folder.
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/voortgang',
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
