/**
 * The organisations a Verantwoordelijk cell names by a known code ("JenV, VWS en NJi" → their ids,
 * in the order written, the first leading), looked up case-insensitively in the organisations'
 * abbreviations and aliases (organisation_codes). Words that are no code are ignored: a cell that
 * names none gives a new action no organisations, for the ministry to add.
 */
export function organisationsNamedIn(text: string | null, codes: ReadonlyMap<string, number>): number[] {
  if (!text) return [];
  const ids: number[] = [];
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const id = codes.get(word.toLowerCase());
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
