import { BIJLAGE_COLUMNS, type BijlageColumn } from '@/lib/exports/export-rows';

const COLUMN_LABELS: Record<BijlageColumn, string> = { verantwoordelijk: 'Verantwoordelijk', status: 'Status' };

/**
 * Downloads the Word bijlage, with or without the columns Verantwoordelijk and Status (the 2019
 * bijlagen had neither: unchecked by default). A plain GET form: `?kolom=…` per checked box.
 */
export function BijlageWordForm({ action, hidden = {}, label }: { action: string; hidden?: Record<string, string>; label: string }) {
  return (
    <form action={action} method="get" className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <legend className="float-left mr-3 font-semibold">Extra kolommen:</legend>
        {BIJLAGE_COLUMNS.map((column) => (
          <label key={column} className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="kolom" value={column} className="size-5" />
            {COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded-sm border-2 border-rijks-blue bg-rijks-blue px-4 py-2 font-semibold text-white hover:bg-rijks-blue-dark"
      >
        {label}
      </button>
    </form>
  );
}
