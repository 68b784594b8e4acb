import { workbookDownload } from '@/lib/import/workbook/workbook-download';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ roundId: string }> };

/** The round's workbook as .csv for the partner's own organisation (lib/import/workbook/workbook-download.ts). */
export async function GET(request: Request, { params }: Context) {
  return workbookDownload(request, { audience: 'partner', roundId: (await params).roundId, format: 'csv' });
}
