import { parseArgs } from 'node:util';
import type { BijlageChoices, RowChoice } from '@/lib/import/bijlage/bijlage-preview';
import { z } from '@/lib/validation/dutch-zod';
import { roundDateField, roundTitleField } from '@/lib/validation/rounds';

/** The arguments of `npm run import` (lib/cli/import.ts), read without touching the database. */
export type ImportArguments = {
  file: string;
  plan: string;
  target: { roundKey: string } | { newRound: { title: string; date: string } };
  choices: BijlageChoices;
  dryRun: boolean;
  closeRound: boolean;
};

export const IMPORT_USAGE = `Gebruik:
  npm run import -- <bijlage.docx> --plan <plan> --round <ronde> [opties]
  npm run import -- <bijlage.docx> --plan <plan> --new-round "<titel>" --date JJJJ-MM-DD [opties]

Leest een Word-bijlage in bij een rapportageronde van een plan: de ronde met de sleutel <ronde>
(een concept), of een nieuwe ronde met deze titel en datum. Het bestand wordt bewaard (met
SHA-256, 'opdrachtregel' als uploader en het tijdstip); het voorbeeld komt als JSON op stdout.

Opties:
  --plan <plan>             de sleutel (slug) van het plan, zoals in /plannen/<plan>
  --round <ronde>           de sleutel van een bestaande conceptronde
  --new-round "<titel>"     een nieuwe ronde met deze titel (met --date)
  --date JJJJ-MM-DD         de datum van de nieuwe ronde
  --choice <index>=<keuze>  de keuze voor een rij (index zoals "index" in het voorbeeld): een
                            actie-id, 'nieuw' of 'overslaan'; mag vaker
  --dry-run                 alleen het voorbeeld: het bestand wordt bewaard, er wordt niets ingelezen
  --close-round             de ronde na het inlezen sluiten
  --help                    deze uitleg

Exitcodes: 0 gelukt, 1 geweigerd (de reden op stderr), 2 verkeerde opties.`;

/** Wrong arguments: the message and the usage text are printed, exit code 2. */
export class UsageError extends Error {
  readonly name = 'UsageError';
}

const keyField = (label: string) =>
  z
    .string({ error: `Geef ${label}.` })
    .trim()
    .min(1, `Geef ${label}.`)
    .max(100, `${label[0]!.toUpperCase()}${label.slice(1)} is te lang.`)
    .regex(/^[a-z0-9][a-z0-9-]*$/, `${label[0]!.toUpperCase()}${label.slice(1)} bestaat uit kleine letters, cijfers en streepjes.`);

const choiceField = z
  .string()
  .regex(/^\d{1,6}=(\d{1,10}|nieuw|overslaan)$/, 'Schrijf --choice als <index>=<actie-id>, <index>=nieuw of <index>=overslaan.')
  .transform((text) => {
    const [index, value] = text.split('=') as [string, string];
    const choice: RowChoice = value === 'nieuw' ? 'new' : value === 'overslaan' ? 'skip' : Number(value);
    return [Number(index), choice] as const;
  })
  .refine(([, choice]) => typeof choice !== 'number' || (choice > 0 && choice <= 2_147_483_647), 'Een actie-id is een positief geheel getal.');

const argumentsSchema = z
  .object({
    file: z
      .string({ error: 'Geef het bestand van de bijlage (.docx).' })
      .regex(/\.docx$/i, 'Het bestand moet een Word-bijlage zijn (.docx).'),
    plan: keyField('de sleutel van het plan (--plan)'),
    round: keyField('de sleutel van de ronde (--round)').optional(),
    'new-round': roundTitleField.optional(),
    date: roundDateField.optional(),
    choice: z.array(choiceField).default([]),
    'dry-run': z.boolean().default(false),
    'close-round': z.boolean().default(false),
  })
  .superRefine((input, context) => {
    const issue = (message: string) => context.addIssue({ code: 'custom', message });
    if (input.round !== undefined && input['new-round'] !== undefined) issue('Kies --round of --new-round, niet allebei.');
    else if (input.round === undefined && input['new-round'] === undefined) issue('Kies de ronde: --round <ronde> of --new-round "<titel>" --date JJJJ-MM-DD.');
    if (input['new-round'] !== undefined && input.date === undefined) issue('Een nieuwe ronde heeft een datum nodig: --date JJJJ-MM-DD.');
    if (input['new-round'] === undefined && input.date !== undefined) issue('--date hoort bij --new-round.');
    if (input['dry-run'] && input['close-round']) issue('--close-round kan niet samen met --dry-run.');
    const indexes = input.choice.map(([index]) => index);
    if (new Set(indexes).size !== indexes.length) issue('Elke rij mag één --choice hebben.');
  });

/** Reads the command line's arguments; `'help'` when help was asked for. Throws UsageError. */
export function parseImportArguments(argv: string[]): ImportArguments | 'help' {
  let parsed: ReturnType<typeof readOptions>;
  try {
    parsed = readOptions(argv);
  } catch (error) {
    throw new UsageError(dutchParseArgsMessage(error));
  }
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length > 1) throw new UsageError(`Eén bestand tegelijk (gekregen: ${parsed.positionals.join(', ')}).`);
  const result = argumentsSchema.safeParse({ ...parsed.values, file: parsed.positionals[0] });
  if (!result.success) throw new UsageError([...new Set(result.error.issues.map((issue) => issue.message))].join('\n'));
  const input = result.data;
  return {
    file: input.file,
    plan: input.plan,
    target: input.round !== undefined ? { roundKey: input.round } : { newRound: { title: input['new-round']!, date: input.date! } },
    choices: Object.fromEntries(input.choice),
    dryRun: input['dry-run'],
    closeRound: input['close-round'],
  };
}

function readOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plan: { type: 'string' },
      round: { type: 'string' },
      'new-round': { type: 'string' },
      date: { type: 'string' },
      choice: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      'close-round': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** node:util's messages are English; the codes say what went wrong. */
function dutchParseArgsMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const option = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Onbekende optie ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.split(' ')[0];
    return /does not take/.test((error as Error).message) ? `De optie ${name} neemt geen waarde.` : `De optie ${name} verwacht een waarde.`;
  }
  return 'Onleesbare opties.';
}
