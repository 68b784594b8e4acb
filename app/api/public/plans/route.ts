import { NextResponse } from 'next/server';
import { listPublicPlans } from '@/lib/open-data/plan-document';

export const dynamic = 'force-dynamic';

export async function GET() {
  return NextResponse.json({ plans: await listPublicPlans() });
}
