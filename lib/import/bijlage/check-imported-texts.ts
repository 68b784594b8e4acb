import { z } from '@/lib/validation/dutch-zod';
import { textField } from '@/lib/validation/fields';
import { UPDATE_LIMITS } from '@/lib/validation/updates';

/**
 * The forms' own rules for what an imported row writes (the action's title, the result with its
 * footnotes, the planning), so an import stores nothing a form would refuse: no control characters,
 * no text past the lengths the pages and the partners' forms work with. Empty result and planning
 * are allowed: older reports leave cells empty.
 */
const importedRowSchema = z.object({
  title: textField({ label: 'de titel', min: 3, max: 300 }),
  result: textField({ label: 'het resultaat', max: UPDATE_LIMITS.result }),
  planning: textField({ label: 'de planning', max: UPDATE_LIMITS.planning }),
});

const COLUMNS = { title: 'Actie', result: 'Resultaat / stand van zaken', planning: 'Wanneer' } as const;

type CheckedRow = { table: number; row: number; title: string; result: string; planning: string };

/** Per row that breaks a rule: "Tabel 2, rij 4, kolom Actie: De titel moet minstens 3 tekens lang zijn. …" */
export function importedTextProblems(rows: readonly CheckedRow[]): string[] {
  return rows.flatMap((row) => {
    const checked = importedRowSchema.safeParse(row);
    if (checked.success) return [];
    return checked.error.issues.map((issue) => {
      const column = COLUMNS[issue.path[0] as keyof typeof COLUMNS];
      return `Tabel ${row.table}, rij ${row.row}, kolom ${column}: ${issue.message} Kies ‘overslaan’ voor deze rij of pas het document aan.`;
    });
  });
}
