import { describe, expect, it } from 'vitest';
import '../support/database-fixture';
import { GET } from '@/app/api/health/route';
import { isDatabaseUp } from '@/lib/health/check-database';
import { createPrismaClient } from '@/lib/prisma-client';

describe('GET /api/health', () => {
  it('answers ok when the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('reports the database down, quickly, when nothing listens', async () => {
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/postgres');
    const started = Date.now();
    expect(await isDatabaseUp(unreachable)).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
    await unreachable.$disconnect();
  });
});

describe('GET /api/health without a database', () => {
  it('answers 503 with database "down"', async () => {
    const holder = globalThis as unknown as { prisma?: unknown };
    const appClient = holder.prisma;
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/postgres');
    holder.prisma = unreachable; // what lib/db.ts hands out to the route
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'error', database: 'down' });
    } finally {
      holder.prisma = appClient;
      await unreachable.$disconnect();
    }
  });
});
