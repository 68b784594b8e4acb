import { workbookUpload } from '@/lib/import/workbook/workbook-upload';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ roundId: string }> };

/** Uploading a filled-in workbook (the ministry, any organisation): 303 to its preview (lib/import/workbook/workbook-upload.ts). */
export async function POST(request: Request, { params }: Context) {
  return workbookUpload(request, { audience: 'ministry', roundId: (await params).roundId });
}
