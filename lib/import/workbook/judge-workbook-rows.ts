import { can, assertCan, type EntryResource } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { ForbiddenError } from '@/lib/errors';
import { wordDiff } from '@/lib/plans/compare-rows';
import { savedByMinistry } from '@/lib/review/entry-thread';
import type { UpdateContent } from '@/lib/updates/update-content';
import { actionUpdateSchema } from '@/lib/validation/updates';
import { columnHeader, statusFromLabel, type ColumnKey, type SheetRow } from '@/lib/import/workbook/workbook-columns';
import type { WorkbookPreviewRow, WorkbookRowOutcome } from '@/lib/import/workbook/workbook-preview';
import { entryResource, type WorkbookEntry } from '@/lib/import/workbook/workbook-round';

const MAX_ID = 2_147_483_647;

/** "Deze actie …" as the tail of "Rij 7: deze actie …" (an abbreviation keeps its capitals). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "Rij 5, kolom Planning: …" with a rule's or the schema's own message. */
function rowMessage(row: number, text: string, column?: ColumnKey): string {
  return `Rij ${row}${column ? `, kolom ${columnHeader(column)}` : ''}: ${lowerFirst(text)}`;
}

/** The Dutch reason `update.save` gives for `resource`, or null when the user may save. */
function saveRefusal(user: SessionUser, resource: EntryResource): string | null {
  if (can(user, 'update.save', resource)) return null;
  try {
    assertCan(user, 'update.save', resource);
  } catch (error) {
    if (error instanceof ForbiddenError) return error.message;
    throw error;
  }
  return null;
}

/** An entry no one of the user's organisation is responsible for: the rule's own "not yours". */
/** As visibleEntriesWhere: a partner sees its organisation's entries once their round is open; the ministry all. */
export function maySee(user: SessionUser, entry: WorkbookEntry): boolean {
  if (user.role === 'MINISTRY_EDITOR') return true;
  return entry.round.state !== 'DRAFT' && entryResource(entry).responsibleOrganisationIds.includes(user.organisationId ?? -1);
}

const NOBODY: EntryResource = { roundState: 'OPEN', reviewState: 'NOT_STARTED', responsibleOrganisationIds: [] };

/** Who saved the current version, as the form's conflict message names them. */
export function savedByName(user: SessionUser, current: NonNullable<WorkbookEntry['currentUpdate']>): string {
  const name = current.createdBy?.name ?? 'iemand anders';
  return user.role === 'PARTNER_EDITOR' && savedByMinistry(current) ? `het ministerie (${name})` : name;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * Each uploaded row's outcome, in this order: a row that is unreadable as an entry (no id) is
 * invalid; an entry the user may not see at all, or of another round, is refused; a row equal to
 * the current text is unchanged (whatever its version or the entry's state); then the form's
 * schema (invalid), `update.save`'s rule (refused), the version (conflict), else a change.
 */
export function judgeWorkbookRows(
  user: SessionUser,
  round: { id: number; title: string },
  rows: SheetRow[],
  entries: Map<number, WorkbookEntry>,
  /** The versions rows were based on where that is not the current one, by `baseKey`. */
  bases: Map<string, UpdateContent>,
): WorkbookPreviewRow[] {
  const seen = new Map<number, number>();
  return rows.map((sheetRow) => {
    const { row, cells } = sheetRow;
    const judged: WorkbookPreviewRow = {
      row,
      entryId: null,
      actionTitle: (cells.title ?? '').trim(),
      lineCode: (cells.line ?? '').split(':')[0]!.trim() || null,
      outcome: 'invalid',
      messages: [],
      proposed: null,
      diff: { status: null, result: null, planning: null },
      baseVersion: null,
      current: null,
    };
    const verdict = (outcome: WorkbookRowOutcome, ...messages: string[]) => Object.assign(judged, { outcome, messages });

    const idText = (cells.id ?? '').trim();
    if (idText === '') return verdict('invalid', rowMessage(row, 'deze rij heeft geen id. Voeg geen rijen toe; een nieuwe actie maakt het ministerie aan.', 'id'));
    const id = /^\d{1,10}$/.test(idText) ? Number(idText) : NaN;
    if (!(id >= 1 && id <= MAX_ID)) return verdict('invalid', rowMessage(row, `‘${idText}’ is geen id van een actie; verander de verborgen kolommen id en versie niet.`, 'id'));
    judged.entryId = id;
    const earlier = seen.get(id);
    if (earlier !== undefined) return verdict('invalid', rowMessage(row, `deze actie staat ook in rij ${earlier}; laat elke actie één keer staan.`));
    seen.set(id, row);

    const entry = entries.get(id);
    if (!entry || !maySee(user, entry)) {
      const reason = user.role === 'MINISTRY_EDITOR' ? `er is geen actie met id ${id}.` : saveRefusal(user, NOBODY)!;
      return verdict('refused', rowMessage(row, reason));
    }
    if (entry.roundId !== round.id) {
      return verdict('refused', rowMessage(row, `deze actie hoort bij een andere ronde (‘${entry.round.title}’); download de werkmap van ‘${round.title}’.`));
    }
    const current = entry.currentUpdate!;
    judged.actionTitle = current.title;
    judged.lineCode = entry.line.code;
    judged.current = {
      version: current.version,
      savedBy: current.createdBy?.name ?? null,
      savedAt: current.createdAt,
      status: current.status,
      result: current.result,
      planning: current.planning,
    };

    const versionText = (cells.version ?? '').trim();
    const baseVersion = /^\d{1,9}$/.test(versionText) && Number(versionText) >= 1 ? Number(versionText) : null;
    if (baseVersion === null) {
      return verdict('invalid', rowMessage(row, `‘${versionText}’ is geen versie; verander de verborgen kolommen id en versie niet.`, 'version'));
    }
    judged.baseVersion = baseVersion;

    const input = { status: statusFromLabel(cells.status ?? ''), result: cells.result ?? '', planning: cells.planning ?? '' };
    if (input.status === current.status && same(input.result, current.result) && same(input.planning, current.planning)) {
      judged.proposed = { status: current.status, result: current.result, planning: current.planning };
      return verdict('unchanged');
    }
    const base = baseVersion === current.version ? null : bases.get(baseKey(id, baseVersion));
    if (base && input.status === base.status && same(input.result, base.result) && same(input.planning, base.planning)) {
      // Someone else saved since the download, and this row was left as it was: nothing to save over.
      judged.proposed = { status: current.status, result: current.result, planning: current.planning };
      return verdict('unchanged');
    }
    const parsed = actionUpdateSchema.safeParse(input);
    if (!parsed.success) {
      const column = (path: PropertyKey | undefined): ColumnKey => (path === 'result' || path === 'planning' ? path : 'status');
      return verdict('invalid', ...parsed.error.issues.map((issue) => rowMessage(row, issue.message, column(issue.path[0]))));
    }
    const refusal = saveRefusal(user, entryResource(entry));
    if (refusal) return verdict('refused', rowMessage(row, refusal));

    const proposed = parsed.data;
    judged.proposed = proposed;
    judged.diff = {
      status: proposed.status === current.status ? null : { from: current.status, to: proposed.status },
      result: same(proposed.result, current.result) ? null : wordDiff(current.result, proposed.result),
      planning: same(proposed.planning, current.planning) ? null : wordDiff(current.planning, proposed.planning),
    };
    if (baseVersion !== current.version) {
      return verdict(
        'conflict',
        // A name keeps its capital.
        `Rij ${row}: ${savedByName(user, current)} heeft deze actie intussen gewijzigd (versie ${current.version}; uw werkmap is van versie ${baseVersion}). Uw tekst wordt niet opgeslagen; vergelijk hem met de huidige tekst en neem uw wijziging over in het formulier.`,
      );
    }
    return verdict('change');
  });
}

/** How `bases` names a version of an entry. */
export function baseKey(entryId: number, version: number): string {
  return `${entryId}:${version}`;
}

const OUTCOME_CODES: Record<WorkbookRowOutcome, string> = { change: 'c', unchanged: 'u', conflict: 'x', refused: 'r', invalid: 'i' };

/**
 * The preview's rows in short (see WorkbookPreview.previewKey): per row its outcome, and for a
 * change or a conflict the current version it was judged against (an unchanged row stays so
 * whoever saved the entry since).
 */
export function previewKeyOf(rows: WorkbookPreviewRow[]): string {
  const versioned = (row: WorkbookPreviewRow) => row.outcome === 'change' || row.outcome === 'conflict';
  return rows.map((row) => `${OUTCOME_CODES[row.outcome]}${versioned(row) ? row.current!.version : ''}`).join('.');
}
