import { NextResponse } from 'next/server';
import { isDatabaseUp } from '@/lib/health/check-database';

export const dynamic = 'force-dynamic';

export async function GET() {
  const up = await isDatabaseUp();
  return NextResponse.json(
    { status: up ? 'ok' : 'error', database: up ? 'ok' : 'down' },
    { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
