import { describe, expect, it } from 'vitest';
import { parseImportArguments, UsageError } from '@/lib/cli/import-arguments';
import type { BijlagePreview, BijlagePreviewRow } from '@/lib/import/bijlage/bijlage-preview';
import { previewToJson } from '@/lib/import/bijlage/preview-to-json';

function usageError(argv: string[]): string {
  try {
    parseImportArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseImportArguments', () => {
  it('reads an import into an existing round, with choices', () => {
    expect(
      parseImportArguments(['bijlage.DOCX', '--plan', 'pleegzorg', '--round', 'voortgang-2020', '--choice', '3=17', '--choice', '4=nieuw', '--choice', '0=overslaan', '--close-round']),
    ).toEqual({
      file: 'bijlage.DOCX',
      plan: 'pleegzorg',
      target: { roundKey: 'voortgang-2020' },
      choices: { 3: 17, 4: 'new', 0: 'skip' },
      dryRun: false,
      closeRound: true,
    });
  });

  it('reads a dry run into a new round', () => {
    expect(parseImportArguments(['b.docx', '--plan', 'p', '--new-round', 'Voortgang eind 2026', '--date', '2026-12-01', '--dry-run'])).toEqual({
      file: 'b.docx',
      plan: 'p',
      target: { newRound: { title: 'Voortgang eind 2026', date: '2026-12-01' } },
      choices: {},
      dryRun: true,
      closeRound: false,
    });
  });

  it('answers --help and -h with help, whatever else is given', () => {
    expect(parseImportArguments(['--help'])).toBe('help');
    expect(parseImportArguments(['x.docx', '-h', '--plan', 'p'])).toBe('help');
  });

  it.each([
    [[], 'Geef het bestand van de bijlage (.docx).\nGeef de sleutel van het plan (--plan).'],
    [['b.docx', '--plan', 'p'], 'Kies de ronde: --round <ronde> of --new-round "<titel>" --date JJJJ-MM-DD.'],
    [['b.pdf', '--plan', 'p', '--round', 'r'], 'Het bestand moet een Word-bijlage zijn (.docx).'],
    [['a.docx', 'b.docx', '--plan', 'p', '--round', 'r'], 'Eén bestand tegelijk (gekregen: a.docx, b.docx).'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--bogus'], 'Onbekende optie --bogus.'],
    [['b.docx', '--round', 'r', '--plan'], 'De optie --plan verwacht een waarde.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--dry-run=ja'], 'De optie --dry-run neemt geen waarde.'],
    [['b.docx', '--plan', 'Plan A', '--round', 'r'], 'De sleutel van het plan (--plan) bestaat uit kleine letters, cijfers en streepjes.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--new-round', 'Nieuw', '--date', '2026-01-01'], 'Kies --round of --new-round, niet allebei.'],
    [['b.docx', '--plan', 'p', '--new-round', 'Nieuwe ronde'], 'Een nieuwe ronde heeft een datum nodig: --date JJJJ-MM-DD.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--date', '2026-01-01'], '--date hoort bij --new-round.'],
    [['b.docx', '--plan', 'p', '--new-round', 'Nieuwe ronde', '--date', '2026-02-30'], 'Vul een geldige datum in.'],
    [['b.docx', '--plan', 'p', '--new-round', 'Nieuwe ronde', '--date', '1999-12-31'], 'Kies een datum van 1 januari 2000 tot en met 31 december 2100.'],
    [['b.docx', '--plan', 'p', '--new-round', 'Ni\u0007euw', '--date', '2026-01-01'], 'De titel bevat een onzichtbaar stuurteken (U+0007); haal het weg en probeer het opnieuw.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--choice', '3'], 'Schrijf --choice als <index>=<actie-id>, <index>=nieuw of <index>=overslaan.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--choice', '3=new'], 'Schrijf --choice als <index>=<actie-id>, <index>=nieuw of <index>=overslaan.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--choice', '3=0'], 'Een actie-id is een positief geheel getal.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--choice', '3=1', '--choice', '3=nieuw'], 'Elke rij mag één --choice hebben.'],
    [['b.docx', '--plan', 'p', '--round', 'r', '--dry-run', '--close-round'], '--close-round kan niet samen met --dry-run.'],
  ])('refuses %j in Dutch', (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });
});

function row(overrides: Partial<BijlagePreviewRow>): BijlagePreviewRow {
  return {
    index: 0, table: 1, row: 2, lineIndex: 0, title: 'Werven van pleegouders', status: 'IN_PROGRESS', statusFromDocument: false,
    result: 'Campagne gestart.', planning: 'eind 2020', responsibleText: 'JN', footnotes: [],
    proposed: { kind: 'exact', actionId: 11, score: 1 }, candidates: [{ actionId: 11, title: 'Werven van pleegouders', lineCode: '1', score: 1 }],
    chosen: 11, previous: { roundTitle: 'Voortgang 2019', status: 'NOT_STARTED', result: 'Campagne gestart.', planning: 'medio 2020' },
    diff: { statusChanged: true, result: [{ text: 'Campagne gestart.', kind: 'same' }], planning: [{ text: 'medio', kind: 'removed' }, { text: 'eind', kind: 'added' }, { text: ' 2020', kind: 'same' }] },
    effect: 'update',
    ...overrides,
  };
}

const preview: BijlagePreview = {
  importId: 7, fileName: 'bijlage.docx', sha256: 'ab'.repeat(32), uploadedAt: new Date('2026-12-02T05:00:00.000Z'), uploadedBy: null, state: 'UPLOADED',
  plan: { id: 1, slug: 'pleegzorg', title: 'Actieplan Pleegzorg' },
  target: { kind: 'new', title: 'Voortgang 2020', date: '2020-06-01' },
  appliedBefore: { importId: 3, at: new Date('2026-12-01T10:00:00.000Z'), by: 'Anna' },
  lines: [
    { index: 0, text: 'Actielijn 1: Werven', code: '1', title: 'Werven', line: { id: 5, code: '1', title: 'Werven' } },
    { index: 1, text: 'Actielijn 9: Nieuw', code: '9', title: 'Nieuw', line: null },
  ],
  rows: [
    row({}),
    row({
      index: 1, row: 3, lineIndex: 1, title: 'Een nieuwe actie', status: 'COMPLETED', statusFromDocument: true, responsibleText: null,
      footnotes: [{ marker: '1', text: 'Kamerstukken II 2016/17, 31 839, nr. 580', kamerstukken: ['kst-31839-580'] }],
      proposed: { kind: 'new' }, candidates: [{ actionId: 12, title: 'Een oude actie', lineCode: '1', score: 0.61234 }], chosen: 'new', previous: null,
      diff: { statusChanged: false, result: [{ text: 'Campagne gestart.', kind: 'added' }], planning: [{ text: 'eind 2020', kind: 'added' }] }, effect: 'create',
    }),
    row({ index: 2, row: 4, lineIndex: null, proposed: { kind: 'fuzzy', actionId: 12, score: 0.87654 }, chosen: 'skip', effect: 'skip' }),
  ],
  problems: [{ kind: 'row', message: 'Tabel 1, rij 5: 2 kolommen, verwacht 3 of 4.', table: 1, row: 5 }],
  choiceProblems: ['Rij 4: de actie is ook voor rij 2 gekozen.'],
  counts: { create: 1, update: 1, unchanged: 0, skip: 1, newLines: 1 },
  unmatchedActions: [{ actionId: 13, title: 'Niet in dit document', lineCode: '1' }],
};

describe('previewToJson', () => {
  const json = previewToJson(preview);

  it('names its format and version, with ISO dates and the target in the command line’s words', () => {
    expect(json).toMatchObject({
      format: 'voortgang-bijlage-preview',
      version: 1,
      import: { id: 7, fileName: 'bijlage.docx', sha256: 'ab'.repeat(32), uploadedAt: '2026-12-02T05:00:00.000Z', uploadedBy: null, state: 'UPLOADED' },
      plan: { slug: 'pleegzorg', title: 'Actieplan Pleegzorg' },
      target: { kind: 'nieuw', title: 'Voortgang 2020', date: '2020-06-01' },
      appliedBefore: { importId: 3, at: '2026-12-01T10:00:00.000Z', by: 'Anna' },
      counts: { create: 1, update: 1, unchanged: 0, skip: 1, newLines: 1, rows: 3, problems: 2 },
    });
    expect(previewToJson({ ...preview, target: { kind: 'existing', roundId: 4, key: 'r', title: 'R', state: 'DRAFT' }, appliedBefore: null })).toMatchObject({
      target: { kind: 'bestaand', key: 'r', title: 'R', state: 'DRAFT' },
      appliedBefore: null,
    });
  });

  it('gives each row its match, rounded scores, choice in Dutch, effect and what changed', () => {
    expect(json.rows[0]).toEqual({
      index: 0, table: 1, row: 2, line: '1', title: 'Werven van pleegouders', status: 'IN_PROGRESS', statusFromDocument: false,
      result: 'Campagne gestart.', planning: 'eind 2020', responsible: 'JN', footnotes: [],
      match: { kind: 'exact', actionId: 11, score: 1 }, candidates: [{ actionId: 11, title: 'Werven van pleegouders', line: '1', score: 1 }],
      chosen: 11, effect: 'update',
      previous: { round: 'Voortgang 2019', status: 'NOT_STARTED', result: 'Campagne gestart.', planning: 'medio 2020' },
      changed: { status: true, result: false, planning: true },
    });
    expect(json.rows[1]).toMatchObject({
      line: '9', match: { kind: 'nieuw' }, chosen: 'nieuw', effect: 'create', previous: null, candidates: [{ actionId: 12, score: 0.612 }],
      footnotes: [{ marker: '1', text: 'Kamerstukken II 2016/17, 31 839, nr. 580', kamerstukken: ['kst-31839-580'] }],
    });
    expect(json.rows[2]).toMatchObject({ line: null, match: { kind: 'fuzzy', actionId: 12, score: 0.877 }, chosen: 'overslaan', effect: 'skip' });
  });

  it('lists the new actions, new lines, problems and the actions the document leaves out', () => {
    expect(json.newActions).toEqual([{ index: 1, line: '9', title: 'Een nieuwe actie' }]);
    expect(json.newLines).toEqual([{ index: 1, code: '9', title: 'Nieuw' }]);
    expect(json.lines.map((line) => line.existing)).toEqual([{ code: '1', title: 'Werven' }, null]);
    expect(json.problems).toEqual(preview.problems);
    expect(json.choiceProblems).toEqual(['Rij 4: de actie is ook voor rij 2 gekozen.']);
    expect(json.unmatchedActions).toEqual([{ actionId: 13, title: 'Niet in dit document', line: '1' }]);
  });

  it('survives JSON.stringify unchanged (plain data only)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
