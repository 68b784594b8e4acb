import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WorkbookPreviewView } from '@/components/import/workbook-preview';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findWorkbookPreview } from '@/lib/import/workbook/find-workbook-preview';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Werkmap bekijken' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ roundId: string; importId: string }> };

/** A workbook the ministry (or a partner) uploaded for this round, as the ministry previews and saves it. */
export default async function RoundWorkbookPage({ params }: Props) {
  const { roundId, importId } = await params;
  const user = await requireMinistryEditor(`/beheer/rondes/${encodeURIComponent(roundId)}/werkmap/${encodeURIComponent(importId)}`);
  const round = idField.safeParse(roundId);
  const id = idField.safeParse(importId);
  if (!round.success || !id.success) notFound();
  const found = await findWorkbookPreview({ user, importId: id.data, roundId: round.data });
  if (!found) notFound();
  const { preview, settled, ownUpload } = found;
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span> <Link href={`/beheer/plannen/${preview.plan.id}`}>{preview.plan.title}</Link>{' '}
        <span aria-hidden>›</span> <Link href={`/beheer/rondes/${preview.round.id}`}>{preview.round.title}</Link>
      </nav>
      <div className="mt-2">
        <WorkbookPreviewView preview={preview} settled={settled} ownUpload={ownUpload} audience="ministry" />
      </div>
    </>
  );
}
