import { NextResponse } from 'next/server';
import { listPublicPlans } from '@/lib/open-data/list-public-plans';

export const dynamic = 'force-dynamic';

export async function GET() {
  return NextResponse.json({ plans: await listPublicPlans() });
}
