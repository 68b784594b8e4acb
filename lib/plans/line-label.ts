type LabelledLine = { code: string; title: string; parentId: number | null };

/** "Actielijn 1" for the plan's numbered lines, "Deel A" for parts, the code itself for sub-lines ("A1"). */
export function lineLabel(line: LabelledLine): string {
  if (line.parentId !== null) return line.code;
  return /^\d+$/.test(line.code) ? `Actielijn ${line.code}` : `Deel ${line.code}`;
}
