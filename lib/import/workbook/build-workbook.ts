import 'server-only';
import { prisma } from '@/lib/db';
import { STATUS_LABELS } from '@/lib/actions/status';
import { assertCan, isMinistry } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';
import { organisationsText } from '@/lib/organisations/organisations-text';
import { formatInputDeadline } from '@/lib/rounds/deadline-notice';
import { findPreviousUpdates } from '@/lib/rounds/find-previous-updates';
import { STATUS_OPTIONS } from '@/lib/import/workbook/workbook-columns';
import {
  assertWorkbookRound,
  findWorkbookEntries,
  findWorkbookRound,
  lineLabel,
  type WorkbookRound,
} from '@/lib/import/workbook/workbook-round';
import { writeCsv, writeXlsx, type WorkbookRowValues } from '@/lib/import/workbook/write-workbook';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

/**
 * The entries of a round that the user may edit, as a workbook to fill in and upload again: a
 * partner gets those of its organisation's actions, the ministry all of them or those of
 * `organisationId`. Each row carries the entry's id and current version (hidden), the previous
 * published round's text beside the current one, which is filled in already.
 */
export async function buildWorkbook(options: {
  user: Actor;
  roundId: number;
  organisationId?: number;
  format: 'xlsx' | 'csv';
}): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const { user, format } = options;
  assertCan(user, 'workbook.download', null);
  const round = await findWorkbookRound(prisma, user, options.roundId);
  assertWorkbookRound(user, round.state);
  const organisationId = isMinistry(user) ? options.organisationId : user.organisationId!;
  const organisation =
    organisationId === undefined ? null : await prisma.organisation.findUnique({ where: { id: organisationId }, select: { abbreviation: true } });
  if (organisationId !== undefined && !organisation) throw new NotFoundError('Deze organisatie bestaat niet.');

  const entries = await findWorkbookEntries(prisma, user, round.id, organisationId);
  const previous = await findPreviousUpdates(prisma, round, entries.map((entry) => entry.action.id));
  const rows: WorkbookRowValues[] = entries.map((entry) => {
    const current = entry.currentUpdate!;
    const before = previous.get(entry.action.id)?.update;
    return {
      id: entry.id,
      version: current.version,
      line: lineLabel(entry.line),
      title: current.title,
      responsible: organisationsText(entry.action.responsibilities.map((r) => r.organisation.abbreviation)),
      previousStatus: before ? STATUS_LABELS[before.status] : '',
      previousResult: before?.result ?? '',
      previousPlanning: before?.planning ?? '',
      status: STATUS_LABELS[current.status],
      result: current.result,
      planning: current.planning,
    };
  });
  const bytes = format === 'xlsx' ? await writeXlsx(rows, instructions(round)) : writeCsv(rows);
  return { fileName: workbookFileName(round, organisation?.abbreviation ?? 'alle', format), contentType: CONTENT_TYPES[format], bytes };
}

/** `<plan>-<round>-<ORG>.xlsx`, with only letters, digits and dashes. */
function workbookFileName(round: WorkbookRound, organisation: string, format: 'xlsx' | 'csv'): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'werkmap';
  return `${safe(round.plan.slug)}-${safe(round.key)}-${safe(organisation)}.${format}`;
}

/** The sheet "Uitleg": what to fill in, what to leave, and what happens when it is uploaded. */
function instructions(round: WorkbookRound): string[] {
  const deadline = round.inputDeadline
    ? `Lever de werkmap in vóór ${formatInputDeadline(round.inputDeadline)}.`
    : 'Voor deze ronde is geen inleverdatum gezet; lever de werkmap zo snel mogelijk in.';
  return [
    `${round.plan.title}: ${round.title}`,
    'In het blad ‘Acties’ staat elke actie waarvoor uw organisatie verantwoordelijk is, met de tekst van de vorige rapportage ernaast.',
    'Vul per actie de drie gele kolommen in: Status, Resultaat / stand van zaken en Planning. Daarin staat al de tekst die nu in Voortgang staat; pas die aan.',
    `Status: kies uit de lijst (${STATUS_OPTIONS.join(', ')}).`,
    'Resultaat / stand van zaken en Planning mogen niet leeg zijn. Een nieuwe regel in een cel maakt u met Alt+Enter (Mac: Option+Enter).',
    'Verander de andere kolommen niet, voeg geen rijen toe en verwijder de verborgen kolommen id en versie niet: daaraan herkent Voortgang de actie en de versie waarop uw tekst voortbouwt. Een rij verwijderen mag: die actie blijft dan zoals ze is.',
    'De beveiliging van het blad voorkomt vergissingen; ze is geen wachtwoord. U mag kolommen breder maken of verplaatsen.',
    deadline,
    'Upload de ingevulde werkmap in uw werkruimte. U ziet eerst per rij wat er verandert; pas als u bevestigt, wordt het opgeslagen, als nieuwe versie, net als in het formulier.',
    'Heeft iemand anders een actie intussen gewijzigd, dan ziet u die rij als conflict naast de huidige tekst; uw tekst overschrijft de andere dan niet. Neem uw wijziging daarna over in het formulier.',
    'Acties die het ministerie al heeft goedgekeurd, of die niet onder uw organisatie vallen, worden niet opgeslagen.',
  ];
}
