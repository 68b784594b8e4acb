import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { WorkbookPreviewView } from '@/components/import/workbook-preview';
import { isMinistry } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { findWorkbookPreview } from '@/lib/import/workbook/find-workbook-preview';
import { workbookUrls } from '@/lib/import/workbook/workbook-urls';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Werkmap bekijken', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ importId: string }> };

/** A partner's uploaded workbook: what it would save, row by row, before anything is saved. */
export default async function PartnerWorkbookPage({ params }: Props) {
  const { importId } = await params;
  const user = await requireUser(`/werkruimte/werkmap/${encodeURIComponent(importId)}`);
  const id = idField.safeParse(importId);
  if (!id.success) notFound();
  const found = await findWorkbookPreview({ user, importId: id.data });
  if (!found) notFound();
  const { preview, settled, ownUpload } = found;
  if (isMinistry(user)) redirect(workbookUrls.preview('ministry', preview.round.id, preview.importId));
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/werkruimte">Werkruimte</Link> <span aria-hidden>›</span> {preview.round.title}
      </nav>
      <div className="mt-2">
        <WorkbookPreviewView preview={preview} settled={settled} ownUpload={ownUpload} audience="partner" />
      </div>
    </>
  );
}
