import { workbookDownload } from '@/lib/import/workbook/workbook-download';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ roundId: string }> };

/** The round's workbook as .csv, for one organisation (?organisatie=JN) or all (lib/import/workbook/workbook-download.ts). */
export async function GET(request: Request, { params }: Context) {
  return workbookDownload(request, { audience: 'ministry', roundId: (await params).roundId, format: 'csv' });
}
