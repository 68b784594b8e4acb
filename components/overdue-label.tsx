/** "over tijd": text and symbol, so it does not rely on colour. */
export function OverdueLabel() {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap rounded border border-red-800 bg-red-50 px-2 py-0.5 text-sm font-medium text-red-900">
      <span aria-hidden className="font-bold">!</span>over tijd
    </span>
  );
}
