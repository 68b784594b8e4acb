/**
 * The import part of `npm run bench` (`npm run bench -- --only import` runs it alone): a plan of
 * 2,000 actions and 24 published rounds, generated in a fresh database, and
 *
 * (a) its latest round's own Word bijlage (lib/exports/to-docx.ts) imported into a new round of a
 *     copy of that plan, generated anew for each run (same actions and rounds), so that every run
 *     starts from the same data and nothing has to be removed afterwards: upload, preview and apply;
 * (a') the same bijlage imported into a new round of an empty copy of the plan (its lines, no
 *     actions), made anew for each run: every row *nieuw*, so 2,000 actions created;
 * (b) the ministry's workbook of an open round with 2,000 entries, every row's result changed with
 *     exceljs (another text each run, so every run saves 2,000 new versions): upload, preview, apply.
 *
 * The use cases are called directly (not over HTTP): the budget is the import's, preview under 5 s
 * and apply under 10 s. Each step is timed and its SQL statements counted; the median of the runs
 * is checked against the budget.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type { SessionUser } from '@/lib/auth/session-user';
import { toDocx } from '@/lib/exports/to-docx';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';
import { previewBijlageImport } from '@/lib/import/bijlage/preview-bijlage-import';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createUser } from '../support/editing-factories';
import { generatePlan, type GeneratedPlanSize } from '../support/generate-plan';
import { createDatabase, dropDatabase, migrate } from '../support/test-database';
import { benchWorkbook } from './workbook-bench';

export type Budget = readonly [label: string, ok: boolean];

const SLUG = 'benchmark-import';
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const BUDGET_MS = { preview: 5_000, apply: 10_000 };

type Step = { ms: number; queries: number };
export type Run = Record<string, Step>;

/** The app's client (lib/db.ts) replaced by one that counts its SQL statements. */
function countingClient(databaseUrl: string) {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log: [{ emit: 'event', level: 'query' }] });
  const counter = { statements: 0 };
  client.$on('query', () => void counter.statements++);
  (globalThis as unknown as { prisma?: unknown }).prisma = client;
  return { client, counter };
}

export async function benchImport(size: GeneratedPlanSize): Promise<Budget[]> {
  const databaseUrl = await createDatabase('voortgang_bench_import');
  process.env.DATABASE_URL = databaseUrl;
  const { client: db, counter } = countingClient(databaseUrl);
  const step = async <T>(run: Run, name: string, work: () => Promise<T>): Promise<T> => {
    counter.statements = 0;
    const started = performance.now();
    const value = await work();
    run[name] = { ms: Math.round(performance.now() - started), queries: counter.statements };
    return value;
  };
  try {
    migrate(databaseUrl);
    const started = performance.now();
    await seedDatabase(db, loadSeedData());
    const { plan, actionCount } = await generateImportPlan(db, SLUG, size);
    const user = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Benchmark' });
    console.log(`\nImport: plan van ${actionCount} acties en ${size.rounds} rondes gegenereerd in ${Math.round(performance.now() - started)} ms.`);

    const context = { db, user, planId: plan.id, actionCount, step };
    const bijlageRuns = await benchBijlage(context, (i) => generateImportPlan(db, `${SLUG}-kopie-${i + 1}`, size).then((copy) => copy.plan.id));
    const newRuns = await benchBijlage(context, (i) => emptyCopy(db, plan.id, `${SLUG}-leeg-${i + 1}`));
    const workbookRuns = await benchWorkbook({ ...context, runs: RUNS });
    return report({
      [`bijlage (${actionCount} acties)`]: bijlageRuns,
      [`bijlage, alles nieuw (${actionCount} acties)`]: newRuns,
      [`werkmap (${actionCount} rijen)`]: workbookRuns,
    });
  } finally {
    await db.$disconnect();
    await dropDatabase(databaseUrl);
  }
}

export type Context = {
  db: PrismaClient;
  user: SessionUser;
  planId: number;
  actionCount: number;
  step: <T>(run: Run, name: string, work: () => Promise<T>) => Promise<T>;
};

/** The generated plan, with each action titled as its latest round reports it. */
async function generateImportPlan(db: PrismaClient, slug: string, size: GeneratedPlanSize) {
  const generated = await generatePlan(db, slug, size);
  // The generator titles an action and its updates differently; a plan keeps them the same, and a bijlage is matched by title.
  await db.$executeRaw`UPDATE actions a SET title = u.title FROM action_entries e JOIN action_updates u ON u.id = e.current_update_id
    WHERE e.action_id = a.id AND e.round_id = (SELECT id FROM reporting_rounds WHERE plan_id = ${generated.plan.id} ORDER BY date DESC LIMIT 1)`;
  return generated;
}

/** A new plan with the lines of `planId` (keys, codes, titles, order) and no actions or rounds. */
async function emptyCopy(db: PrismaClient, planId: number, slug: string): Promise<number> {
  const lines = await db.actionLine.findMany({ where: { planId }, orderBy: { id: 'asc' } });
  if (lines.some((line) => line.parentId !== null)) throw new Error('De kopie kent alleen actielijnen zonder bovenliggende lijn.');
  const copy = await db.plan.create({ data: { slug, title: `Lege kopie (${slug})` } });
  await db.actionLine.createMany({
    data: lines.map(({ key, code, title, opgave, position }) => ({ planId: copy.id, key, code, title, opgave, position })),
  });
  return copy.id;
}

/**
 * The bijlage of the generated plan's latest round, uploaded for a new round of the plan that
 * `target` makes for each run (a copy: nothing is removed afterwards), previewed and applied.
 */
async function benchBijlage({ db, user, actionCount, step }: Context, target: (run: number) => Promise<number>): Promise<Run[]> {
  const overview = await findPlanOverview(SLUG);
  if (!overview) throw new Error('Het gegenereerde plan heeft geen gepubliceerde ronde.');
  const bytes = await toDocx(overview);
  console.log(`Bijlage (Word-export van ${overview.round.title}): ${Math.round(bytes.length / 1024)} KB.`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const planId = await target(i);
    const run: Run = {};
    const upload = await step(run, 'upload', () =>
      uploadBijlage({ user, planId, target: { newRound: { title: `Benchmark-import ${i + 1}`, date: '2024-03-15' } }, fileName: 'bijlage.docx', bytes }),
    );
    const preview = await step(run, 'voorbeeld', () => previewBijlageImport({ user, importId: upload.importId }));
    const matched = preview.counts.update + preview.counts.unchanged + preview.counts.create;
    if (matched !== actionCount) throw new Error(`Het voorbeeld neemt ${matched} van de ${actionCount} rijen mee: ${JSON.stringify(preview.counts)}`);
    const outcome = await step(run, 'toepassen', () => applyBijlageImport({ user, importId: upload.importId, choices: {} }));
    const entries = await db.actionEntry.count({ where: { roundId: outcome.roundId } });
    if (entries !== actionCount) throw new Error(`De nieuwe ronde heeft ${entries} acties, verwacht ${actionCount}.`);
    console.log(`  bijlage, run ${i + 1}: ${describeRun(run)} (${JSON.stringify(preview.counts)})`);
    runs.push(run);
  }
  return runs;
}

function describeRun(run: Run): string {
  return Object.entries(run)
    .map(([name, s]) => `${name} ${s.ms} ms (${s.queries} SQL)`)
    .join(', ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function report(sections: Record<string, Run[]>): Budget[] {
  const medians = (runs: Run[]) =>
    Object.fromEntries(Object.keys(runs[0]!).map((name) => [name, { ms: median(runs.map((run) => run[name]!.ms)), queries: median(runs.map((run) => run[name]!.queries)) }]));
  const rows = Object.fromEntries(Object.entries(sections).map(([name, runs]) => [name, medians(runs)]));
  console.log(`\nImport: mediaan van ${RUNS} runs, de use cases rechtstreeks aangeroepen (zonder HTTP); ms en SQL-opdrachten per stap.`);
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([name, steps]) => [
        name,
        Object.fromEntries(Object.entries(steps).flatMap(([step, s]) => [[`${step} ms`, s.ms], [`${step} SQL`, s.queries]])),
      ]),
    ),
  );
  return Object.entries(rows).flatMap(([name, steps]) => {
    const preview = steps.upload!.ms + steps.voorbeeld!.ms;
    const apply = steps.toepassen!.ms;
    return [
      [`${name}: upload + voorbeeld < ${BUDGET_MS.preview / 1000} s (${preview} ms)`, preview < BUDGET_MS.preview],
      [`${name}: toepassen < ${BUDGET_MS.apply / 1000} s (${apply} ms)`, apply < BUDGET_MS.apply],
    ] as const;
  });
}
