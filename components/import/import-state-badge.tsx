import type { BijlagePreview } from '@/lib/import/bijlage/bijlage-preview';

type ImportState = BijlagePreview['state'];

export const IMPORT_STATE_LABELS: Record<ImportState, string> = {
  UPLOADED: 'Nog niet geïmporteerd',
  APPLIED: 'Geïmporteerd',
  DISCARDED: 'Weggegooid',
};

const STYLES: Record<ImportState, { symbol: string; className: string }> = {
  UPLOADED: { symbol: '…', className: 'border-amber-700 bg-amber-50 text-amber-900' },
  APPLIED: { symbol: '✓', className: 'border-emerald-700 bg-emerald-50 text-emerald-900' },
  DISCARDED: { symbol: '✕', className: 'border-slate-400 bg-slate-50 text-slate-800' },
};

/** Where an upload stands, with a symbol and a written label (never colour alone). */
export function ImportStateBadge({ state }: { state: ImportState }) {
  const { symbol, className } = STYLES[state];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${className}`}>
      <span aria-hidden>{symbol}</span>
      {IMPORT_STATE_LABELS[state]}
    </span>
  );
}
