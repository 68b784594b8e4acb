/**
 * `npm run import`: reads a Word bijlage into a round of a plan, from the command line, on the
 * database in DATABASE_URL (with `npm start`'s embedded database: the address it prints).
 *
 *   npm run import -- bijlage.docx --plan pleegzorg --round voortgang-2020 --dry-run
 *   npm run import -- bijlage.docx --plan pleegzorg --new-round "Voortgang 2020" --date 2020-06-01
 *
 * The file is stored as every upload is (its SHA-256, the command line as uploader, the moment,
 * an audit line), also in a dry run: the issue wants every upload kept, and the stored upload stays
 * UPLOADED, so it can still be applied or discarded in the app. The preview is printed as JSON on
 * stdout (lib/import/bijlage/preview-to-json.ts); without --dry-run the import is applied through
 * the same use case as the preview page, and the JSON gets `applied` (the outcome).
 *
 * Exit codes: 0 done, 1 refused (the Dutch reason on stderr, nothing imported), 2 wrong arguments.
 * Run with tsx's react-server condition (the npm script does): the use cases are server-only.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { applyBijlageImport } from '@/lib/import/bijlage/apply-bijlage-import';
import { previewBijlageImport } from '@/lib/import/bijlage/preview-bijlage-import';
import { previewToJson } from '@/lib/import/bijlage/preview-to-json';
import { uploadBijlage } from '@/lib/import/bijlage/upload-bijlage';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';
import { IMPORT_USAGE, parseImportArguments, UsageError, type ImportArguments } from '@/lib/cli/import-arguments';

const USER = 'command-line' as const;

/** The import itself; throws the use cases' typed errors (and NotFoundError for a plan or round). */
async function runImport(args: ImportArguments) {
  const bytes = await readBijlage(args.file);
  const plan = await prisma.plan.findUnique({ where: { slug: args.plan }, select: { id: true } });
  if (!plan) throw new NotFoundError(`Er is geen plan met de sleutel ‘${args.plan}’.`);
  const target = await resolveTarget(plan.id, args);

  const upload = await uploadBijlage({ user: USER, planId: plan.id, target, fileName: path.basename(args.file), bytes });
  const preview = await previewBijlageImport({ user: USER, importId: upload.importId, choices: args.choices });
  const json = previewToJson(preview);
  if (args.dryRun) return { ...json, dryRun: true, applied: null };
  const outcome = await applyBijlageImport({ user: USER, importId: upload.importId, choices: args.choices, closeRound: args.closeRound });
  return { ...json, dryRun: false, applied: outcome };
}

async function resolveTarget(planId: number, args: ImportArguments) {
  if ('newRound' in args.target) return { newRound: args.target.newRound };
  const round = await prisma.reportingRound.findFirst({ where: { planId, key: args.target.roundKey }, select: { id: true } });
  if (!round) throw new NotFoundError(`Het plan ‘${args.plan}’ heeft geen ronde met de sleutel ‘${args.target.roundKey}’.`);
  return { roundId: round.id };
}

/** The file's bytes; its size is checked before it is read, as the upload route does. */
async function readBijlage(file: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ValidationError(`‘${file}’ is geen bestand.`);
    if (info.size > IMPORT_LIMITS.fileBytes) {
      throw new ValidationError(`Dit bestand is te groot (meer dan ${megabytes(IMPORT_LIMITS.fileBytes)}); er is niets ingelezen.`);
    }
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`Het bestand ‘${file}’ bestaat niet.`);
    if (code === 'EACCES') throw new ForbiddenError(`Het bestand ‘${file}’ mag niet gelezen worden.`);
    throw error;
  }
}

const REFUSALS = [NotFoundError, ForbiddenError, ConflictError, ValidationError];

async function main(argv: string[]): Promise<number> {
  let args: ImportArguments | 'help';
  try {
    args = parseImportArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if (!process.env.DATABASE_URL) {
    process.stderr.write('Niet ingelezen: DATABASE_URL ontbreekt. Zet het adres van de database (bij `npm start` met de ingebouwde database: het adres dat het toont).\n');
    return 1;
  }
  try {
    const output = await runImport(args);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!REFUSALS.some((kind) => error instanceof kind)) throw error;
    const details = error instanceof ValidationError ? Object.values(error.fieldErrors).flat() : [];
    process.stderr.write(`Niet ingelezen: ${[(error as Error).message, ...details].join('\n')}\n`);
    return 1;
  } finally {
    await (globalThis as { prisma?: { $disconnect: () => Promise<void> } }).prisma?.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Niet ingelezen: er ging iets mis.', error);
    process.exitCode = 1;
  },
);
