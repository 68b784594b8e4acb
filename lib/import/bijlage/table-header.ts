import { isCheckHeader } from '@/lib/import/bijlage/check-mark';

/** What a column of an action table holds. */
export type ColumnRole = 'action' | 'responsible' | 'result' | 'planning' | 'status' | 'check';

/** A recognised header row: the role of each column, left to right. */
export type TableLayout = { roles: ColumnRole[]; resultIsTitle: boolean };

const ROLE_NAMES: Record<Exclude<ColumnRole, 'check'>, string[]> = {
  action: ['actie', 'acties', 'actiepunt', 'activiteit'],
  responsible: ['verantwoordelijk', 'verantwoordelijke', 'verantwoordelijken', 'trekker', 'wie'],
  result: [
    'resultaat',
    'resultaten',
    'stand van zaken',
    'resultaat / stand van zaken',
    'resultaat/stand van zaken',
    'resultaat en stand van zaken',
    'voortgang',
  ],
  planning: ['wanneer', 'planning', 'termijn'],
  status: ['status'],
};

/** A header cell as compared: lower case, soft hyphens and "?" / ":" gone, white space single. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/[?:]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ ?\/ ?/g, ' / ');
}

function roleOf(normalized: string): Exclude<ColumnRole, 'check'> | null {
  for (const [role, names] of Object.entries(ROLE_NAMES) as [Exclude<ColumnRole, 'check'>, string[]][]) {
    if (names.some((name) => normalizeHeader(name) === normalized)) return role;
  }
  return null;
}

/**
 * The layout a header row announces, or null when it is no action table's header. It needs a
 * Resultaat (or Stand van zaken) and a Wanneer (or Planning) column, and an Actie column, or,
 * failing that, an empty first header (the actions' column left unnamed) or a Verantwoordelijk
 * column: the plan's own baseline tables `Verantwoordelijk | Resultaat | Wanneer` name the
 * action by its result, which then is the title too. Other empty headers (or ✓, Gereed,
 * Afgerond) are a column of check marks. Each role at most once.
 */
export function recogniseHeader(cells: string[]): TableLayout | null {
  const normalized = cells.map(normalizeHeader);
  const roles: (ColumnRole | null)[] = normalized.map((text) => roleOf(text) ?? (isCheckHeader(text) ? 'check' : null));
  if (!roles.includes('action') && normalized[0] === '' && roles.length > 2) roles[0] = 'action';
  if (roles.some((role) => role === null)) return null;
  const known = roles as ColumnRole[];
  const once = (['action', 'responsible', 'result', 'planning', 'status', 'check'] as const).every(
    (role) => known.filter((r) => r === role).length <= 1,
  );
  if (!once || !known.includes('result') || !known.includes('planning')) return null;
  if (known.includes('action')) return { roles: known, resultIsTitle: false };
  return known.includes('responsible') ? { roles: known, resultIsTitle: true } : null;
}
