/**
 * How long reading a large bijlage takes: the app's own Word export of a generated plan of 40
 * actielijnen and 2,000 actions (multi-line results, a ✓ on every fifth), parsed five times.
 * Prints wall-clock and processor time (which includes the garbage collector's other threads).
 * A measurement, not a test: `npx tsx --conditions=react-server tests/bench/measure-bijlage-parse.ts`
 * (the condition lets `server-only` load outside Next).
 */
import { ACTION_STATUSES } from '@/lib/actions/status';
import { toDocx } from '@/lib/exports/to-docx';
import { parseBijlage } from '@/lib/import/bijlage/parse-bijlage';
import type { ActionRow, LineSection, PlanOverview } from '@/lib/plans/find-plan-overview';
import { summarize } from '@/lib/plans/status-summary';

const LINES = 40;
const ACTIONS_PER_LINE = 50;
const WORDS = 'pleegouders werving begeleiding gemeenten jeugdhulp gezinshuizen matching scholing evaluatie pilots regio aanbieders'.split(' ');

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < length; i++) words.push(WORDS[(seed * 7 + i * 3) % WORDS.length]!);
  return `${words.join(' ')}.`;
}

/** The large plan in memory, shaped as findPlanOverview returns it. */
export function largeOverview(): PlanOverview {
  const round = { id: 1, key: 'r1', title: 'Ronde 1', date: new Date('2019-11-01'), dateIsApproximate: false, isBaseline: false };
  const lines: LineSection[] = Array.from({ length: LINES }, (_, l) => {
    const actions: ActionRow[] = Array.from({ length: ACTIONS_PER_LINE }, (_, a) => {
      const n = l * ACTIONS_PER_LINE + a;
      return {
        actionId: n + 1,
        lineId: l + 1,
        title: `Actie ${l + 1}.${a + 1}: ${sentence(n, 40)}`,
        responsible: [{ abbreviation: 'JN', name: 'Jeugdzorg Nederland' }],
        status: n % 5 === 0 ? 'COMPLETED' : ACTION_STATUSES[n % 3]!,
        result: `${sentence(n, 160)}\n${sentence(n + 1, 120)}`,
        planning: ['medio 2020', 'eind 2021', 'Doorlopend', 'Q2 2024'][n % 4]!,
        deadline: { start: null, end: null },
        overdue: false,
        shift: null,
      };
    });
    return { id: l + 1, code: String(l + 1), title: sentence(l, 30), parentId: null, opgave: '', intro: sentence(l, 300), actions, summary: summarize(actions) };
  });
  return {
    plan: { slug: 'groot', title: 'Gegenereerd plan', summary: '' },
    rounds: [round],
    round,
    previousRound: null,
    isLatest: true,
    overdueOn: '2020-01-01',
    rowsLoaded: true,
    lines,
    summary: summarize(lines.flatMap((line) => line.actions)),
  };
}

async function main() {
  for (const columns of [[], ['status', 'verantwoordelijk']] as const) {
    const bytes = await toDocx(largeOverview(), { columns: [...columns] });
    const times: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const used = process.cpuUsage();
      const parsed = await parseBijlage(bytes);
      times.push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
      rows = parsed.rows.length;
    }
    const label = columns.length ? 'met Status en Verantwoordelijk' : 'drie kolommen';
    console.log(`${label}: ${(bytes.length / 1024).toFixed(0)} KB, ${rows} rijen; ${times.map((t) => t.toFixed(0)).join(', ')} ms (processortijd ${cpu.map((t) => t.toFixed(0)).join(', ')} ms)`);
  }
}

if (process.argv[1]?.endsWith('measure-bijlage-parse.ts')) void main();
