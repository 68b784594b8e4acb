import { NextResponse } from 'next/server';
import { jsonError } from '@/lib/http/json-response';
import { findPublicPlanDocument } from '@/lib/open-data/plan-document';
import { planSlugSchema } from '@/lib/validation/route-params';

// Published rounds never change: the document is cached until a round is published.
export const revalidate = 3600;
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = planSlugSchema.safeParse((await params).slug);
  if (!slug.success) return jsonError(400, slug.error.issues[0]!.message);
  const plan = await findPublicPlanDocument(slug.data);
  if (!plan) return jsonError(404, `Geen gepubliceerd plan met slug '${slug.data}'.`);
  return NextResponse.json(plan);
}
