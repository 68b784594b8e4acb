/** *Bewerkt door het ministerie*: the ministry saved a version of this entry itself. */
export function MinistryEditNotice({ edit, className = '' }: { edit: { version: number; by: string } | null; className?: string }) {
  if (!edit) return null;
  return (
    <p className={`text-sm font-semibold text-rijks-blue ${className}`}>
      <span aria-hidden>✎ </span>
      Bewerkt door het ministerie ({edit.by}, versie {edit.version})
    </p>
  );
}
