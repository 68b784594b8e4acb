import type { SeedData } from '@/lib/seed/plan-data-schema';

/**
 * Checks what the zod schema cannot: that every reference in the data file points at something
 * defined in it, and that ✓-marked rows are recorded as completed. Throws with every problem listed.
 */
export function checkSeedData(data: SeedData): void {
  const problems: string[] = [];
  const organisations = new Set(data.organisations.map((o) => o.abbreviation));

  for (const plan of data.plans) {
    const lines = new Set(plan.lines.map((l) => l.key));
    const actions = new Set(plan.actions.map((a) => a.key));
    const reported = new Set<string>();

    for (const line of plan.lines) {
      if (line.parent && !lines.has(line.parent)) problems.push(`lijn ${line.key}: onbekende bovenliggende lijn ${line.parent}`);
    }
    for (const action of plan.actions) {
      for (const abbr of action.responsible) {
        if (!organisations.has(abbr)) problems.push(`actie ${action.key}: onbekende organisatie ${abbr}`);
      }
    }
    for (const round of plan.rounds) {
      const inRound = new Set<string>();
      for (const lineKey of Object.keys(round.lineIntros)) {
        if (!lines.has(lineKey)) problems.push(`ronde ${round.key}: inleiding bij onbekende lijn ${lineKey}`);
      }
      for (const entry of round.entries) {
        const where = `ronde ${round.key}, actie ${entry.action}`;
        if (!actions.has(entry.action)) problems.push(`${where}: onbekende actie`);
        if (!lines.has(entry.line)) problems.push(`${where}: onbekende lijn ${entry.line}`);
        if (inRound.has(entry.action)) problems.push(`${where}: komt twee keer voor`);
        if (entry.completedMark && entry.status !== 'COMPLETED') problems.push(`${where}: ✓ maar status ${entry.status}`);
        inRound.add(entry.action);
        reported.add(entry.action);
      }
    }
    for (const action of actions) {
      if (!reported.has(action)) problems.push(`actie ${action}: komt in geen enkele ronde voor`);
    }
  }
  if (problems.length > 0) throw new Error(`Seed-data klopt niet:\n- ${problems.join('\n- ')}`);
}
