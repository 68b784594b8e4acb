import { buttonClass } from '@/components/forms/button-class';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';
import { workbookUrls, type WorkbookAudience } from '@/lib/import/workbook/workbook-urls';

type Props = {
  audience: WorkbookAudience;
  roundId: number;
  /** The ministry's choice of organisation (the round's, by abbreviation); a partner has only its own. */
  organisations?: { abbreviation: string; name: string }[];
};

const fileInput =
  'mt-1 block w-full max-w-full rounded-sm border border-slate-500 bg-white p-2 text-base file:mr-3 file:rounded-sm file:border-2 file:border-rijks-blue file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-rijks-blue';

/**
 * Working in Excel: download the round's actions as a workbook (or CSV), fill it in, upload it and
 * see what it would change before anything is saved. Plain forms and links: no JavaScript needed.
 */
export function WorkbookTransfer({ audience, roundId, organisations = [] }: Props) {
  const id = `werkmap-${roundId}`;
  return (
    <section aria-labelledby={id} className="mt-6 rounded-sm border border-slate-300 bg-white p-4">
      <h3 id={id} className="text-xl font-semibold">
        Werken in Excel
      </h3>
      <p className="mt-1 max-w-3xl">
        {audience === 'partner'
          ? 'Download uw acties van deze ronde als werkmap, vul status, resultaat en planning in Excel in en upload haar weer: u ziet eerst wat er verandert, en pas na ‘Opslaan’ worden de teksten bewaard.'
          : 'Download de acties van deze ronde als werkmap, voor één organisatie of voor alle, en upload een ingevulde werkmap: u ziet eerst wat er verandert, en pas na ‘Opslaan’ worden de teksten bewaard.'}
      </p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <h4 className="font-semibold">1. Downloaden</h4>
          {audience === 'partner' ? (
            <ul className="mt-2 grid gap-2">
              <li>
                <a className={buttonClass('secondary')} href={workbookUrls.download('partner', roundId, 'xlsx')}>
                  Download als Excel-werkmap
                </a>
              </li>
              <li>
                <a href={workbookUrls.download('partner', roundId, 'csv')}>Of als CSV-bestand</a>
              </li>
            </ul>
          ) : (
            <form method="get" action={workbookUrls.download('ministry', roundId, 'xlsx')} className="mt-2 grid gap-3">
              <div>
                <label htmlFor={`${id}-organisatie`} className="font-semibold">
                  Werkmap van partner
                </label>
                <select id={`${id}-organisatie`} name="organisatie" className="mt-1 block min-h-11 w-full rounded-sm border border-slate-500 bg-white px-3 py-2">
                  <option value="">Alle organisaties</option>
                  {organisations.map((org) => (
                    <option key={org.abbreviation} value={org.abbreviation}>
                      {org.abbreviation} ({org.name})
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-wrap gap-2">
                <button type="submit" className={buttonClass('secondary')}>
                  Download als Excel-werkmap
                </button>
                <button type="submit" formAction={workbookUrls.download('ministry', roundId, 'csv')} className={buttonClass('quiet')}>
                  Als CSV
                </button>
              </div>
            </form>
          )}
        </div>
        <form method="post" encType="multipart/form-data" action={workbookUrls.upload(audience, roundId)} className="grid content-start gap-2">
          <h4 className="font-semibold">2. Ingevulde werkmap uploaden</h4>
          <div>
            <label htmlFor={`${id}-bestand`} className="font-semibold">
              Werkmap (.xlsx of .csv)
            </label>
            <p id={`${id}-bestand-hint`} className="text-sm text-muted">
              Hoogstens {megabytes(IMPORT_LIMITS.fileBytes)}. Er wordt nog niets opgeslagen.
            </p>
            <input
              id={`${id}-bestand`}
              name="bestand"
              type="file"
              required
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              aria-describedby={`${id}-bestand-hint`}
              className={fileInput}
            />
          </div>
          <div>
            <button type="submit" className={buttonClass('primary')}>
              Uploaden en bekijken
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
