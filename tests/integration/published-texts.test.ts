import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser, deadlineInDays } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import { GET as exportRoute } from '@/app/plannen/[slug]/export/[format]/route';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { updateAction } from '@/lib/actions/update-action';
import { moveLine } from '@/lib/lines/move-line';
import { updateLine } from '@/lib/lines/update-line';
import { listPublicPlans } from '@/lib/open-data/list-public-plans';
import { findPublicPlanDocument } from '@/lib/open-data/plan-document';
import { findOrganisationActions, findPublicOrganisations } from '@/lib/organisations/find-organisation-actions';
import { updatePlan } from '@/lib/plan-editing/update-plan';
import { findFilterOptions } from '@/lib/plans/find-filter-options';
import { findFilteredPlanView } from '@/lib/plans/find-filtered-plan-view';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { findPublishedPlans } from '@/lib/plans/find-plans';
import { findRoundChanges } from '@/lib/plans/find-round-changes';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { publishRound } from '@/lib/rounds/publish-round';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { parsePlanFilters } from '@/lib/validation/plan-filters';
import type { Actor } from '@/lib/auth/session-user';

const SLUG = 'actieplan-pleegzorg';
const EARLIER = 'voortgang-2019-najaar';
const NEW_TEXT = {
  planTitle: 'Actieplan Pleegzorg, nieuwe titel',
  planSummary: 'Een nieuwe samenvatting, nog niet gepubliceerd.',
  lineCode: 'A9',
  lineTitle: 'Continuïteit, nieuwe titel',
  lineOpgave: 'Een nieuwe opgave, nog niet gepubliceerd.',
  description: 'Een nieuwe omschrijving, nog niet gepubliceerd.',
};

/** The three export files of a round as bytes; of the Word file its document part (the zip carries a timestamp). */
async function exportsOf(ronde?: string) {
  const fetchExport = async (format: string, query = '') => {
    const search = new URLSearchParams({ ...(ronde && { ronde }), ...Object.fromEntries(new URLSearchParams(query)) });
    const response = await exportRoute(new Request(`http://test/plannen/${SLUG}/export/${format}?${search}`), {
      params: Promise.resolve({ slug: SLUG, format }),
    });
    expect(response.status).toBe(200);
    return { disposition: response.headers.get('content-disposition'), body: new Uint8Array(await response.arrayBuffer()) };
  };
  const docx = await fetchExport('docx');
  const zip = await JSZip.loadAsync(docx.body);
  return {
    csv: await fetchExport('csv'),
    json: await fetchExport('json'),
    filtered: await fetchExport('json', 'lijn=A1'),
    docx: { disposition: docx.disposition, document: await zip.file('word/document.xml')!.async('string') },
  };
}

/** Everything a reader can load about the plan: every public use case, for the latest round and an earlier one. */
async function publicViews(actionId: number) {
  const filters = parsePlanFilters({ lijn: 'A1' }).data!;
  const earlierFilters = parsePlanFilters({ lijn: 'A1', ronde: EARLIER }).data!;
  const latest = (await findPlanOverview(SLUG))!;
  const earlier = (await findPlanOverview(SLUG, EARLIER))!;
  return {
    home: await findPublishedPlans(),
    openDataList: await listPublicPlans(),
    openData: await findPublicPlanDocument(SLUG),
    latest,
    earlier,
    changes: await findRoundChanges(SLUG),
    filtered: await findFilteredPlanView(SLUG, filters),
    filteredEarlier: await findFilteredPlanView(SLUG, earlierFilters),
    filterOptions: await findFilterOptions({ slug: SLUG, roundId: latest.round.id }),
    filterOptionsEarlier: await findFilterOptions({ slug: SLUG, roundId: earlier.round.id }),
    action: await findActionHistory(SLUG, actionId),
    organisation: await findOrganisationActions('NJi'),
    organisations: await findPublicOrganisations(),
    exports: await exportsOf(),
    exportsEarlier: await exportsOf(EARLIER),
  };
}

/**
 * Plan, line and action texts edited by the ministry while a round is under way stay private until
 * that round is published; published rounds keep reading as they were published.
 */
describe('texts edited during a round are published with it, not before', () => {
  let ministry: Actor;
  let actionId: number;
  let lineId: number;
  let roundId: number;
  let before: Awaited<ReturnType<typeof publicViews>>;

  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
    ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const action = await db.action.findFirstOrThrow({
      where: { key: 'actieonderzoek-breakdown' },
      select: { id: true, title: true, lineId: true, plan: { select: { id: true } }, responsibilities: { orderBy: { position: 'asc' } } },
    });
    actionId = action.id;
    lineId = action.lineId;
    before = await publicViews(actionId);

    const round = await createRound({ user: ministry, planId: action.plan.id, title: 'Voortgang 2026', date: '2026-06-01' });
    roundId = round.id;
    await openRound({ user: ministry, roundId, deadline: deadlineInDays() });
    await updatePlan({ user: ministry, planId: action.plan.id, title: NEW_TEXT.planTitle, summary: NEW_TEXT.planSummary });
    await updateLine({ user: ministry, lineId, code: NEW_TEXT.lineCode, title: NEW_TEXT.lineTitle, opgave: NEW_TEXT.lineOpgave });
    await moveLine({ user: ministry, lineId, direction: 'down' });
    await updateAction({
      user: ministry,
      actionId,
      title: action.title,
      description: NEW_TEXT.description,
      organisationIds: action.responsibilities.map((r) => r.organisationId),
    });
  }, 120_000);

  it('leaves every public view, the open data and the exports exactly as published while the round is open', async () => {
    expect((await db.plan.findFirstOrThrow({ where: { slug: SLUG } })).title).toBe(NEW_TEXT.planTitle); // the edit happened
    const during = await publicViews(actionId);
    expect(during).toEqual(before);
    expect(JSON.stringify(during.openData)).not.toContain('nog niet gepubliceerd');
    expect(Buffer.from(during.exports.csv.body).equals(Buffer.from(before.exports.csv.body))).toBe(true);
    expect(Buffer.from(during.exports.json.body).equals(Buffer.from(before.exports.json.body))).toBe(true);
  });

  it('shows the new texts from the round that publishes them, and the earlier rounds as they were', async () => {
    await closeRound({ user: ministry, roundId });
    await publishRound({ user: ministry, roundId, accepted: COMPLETENESS_CATEGORIES });
    const after = await publicViews(actionId);

    expect(after.latest.round.title).toBe('Voortgang 2026');
    expect(after.latest.plan).toEqual({ slug: SLUG, title: NEW_TEXT.planTitle, summary: NEW_TEXT.planSummary });
    const line = after.latest.lines.find((l) => l.id === lineId)!;
    expect(line).toMatchObject({ code: NEW_TEXT.lineCode, title: NEW_TEXT.lineTitle, opgave: NEW_TEXT.lineOpgave });
    const codes = (view: { lines: { code: string }[] }) => view.lines.map((l) => l.code).filter((code) => code.startsWith('A'));
    expect(codes(after.latest)).toEqual(['A', 'A2', NEW_TEXT.lineCode, 'A3']);
    expect(after.home[0]).toMatchObject({ title: NEW_TEXT.planTitle, summary: NEW_TEXT.planSummary });
    expect(after.openDataList[0]).toMatchObject({ title: NEW_TEXT.planTitle, summary: NEW_TEXT.planSummary });
    expect(after.openData).toMatchObject({ title: NEW_TEXT.planTitle, summary: NEW_TEXT.planSummary });
    expect(after.openData!.lines.find((l) => l.code === NEW_TEXT.lineCode)).toMatchObject({ title: NEW_TEXT.lineTitle, opgave: NEW_TEXT.lineOpgave, parent: 'A' });
    const published = after.openData!.actions.find((a) => a.id === actionId)!;
    expect(published).toMatchObject({ description: NEW_TEXT.description, line: NEW_TEXT.lineCode });
    const earlierLines = before.openData!.actions.find((a) => a.id === actionId)!.updates.map((u) => u.line);
    expect(published.updates.map((u) => u.line)).toEqual([...earlierLines, NEW_TEXT.lineCode]);
    expect(after.action).toMatchObject({ description: NEW_TEXT.description, plan: { title: NEW_TEXT.planTitle } });
    expect(after.action!.line).toEqual({ code: NEW_TEXT.lineCode, title: NEW_TEXT.lineTitle, parentId: expect.any(Number) });
    expect(after.action!.history.map((h) => h.line.code)).toEqual([NEW_TEXT.lineCode, ...[...earlierLines].reverse()]);
    expect(after.organisation!.actions.find((a) => a.id === actionId)).toMatchObject({
      plan: { title: NEW_TEXT.planTitle },
      line: { code: NEW_TEXT.lineCode, title: NEW_TEXT.lineTitle },
    });
    expect(after.filterOptions.lines.map((l) => l.code)).toContain(NEW_TEXT.lineCode);
    expect(after.filtered!.lines.map((l) => l.code)).toEqual([]); // lijn=A1 no longer exists in this round
    expect(new TextDecoder().decode(after.exports.csv.body)).toContain(NEW_TEXT.lineTitle);
    expect(after.exports.docx.document).toContain(NEW_TEXT.planTitle);

    // The earlier published round reads as it did (only *over tijd* moves: it is no longer the latest).
    const textsOf = (view: { plan: object; lines: { id: number; code: string; title: string; opgave: string; parentId: number | null; actions: { actionId: number; title: string }[] }[] }) => ({
      plan: view.plan,
      lines: view.lines.map((l) => [l.id, l.code, l.title, l.opgave, l.parentId, l.actions.map((a) => [a.actionId, a.title])]),
    });
    expect(textsOf(after.earlier)).toEqual(textsOf(before.latest));
    expect(textsOf(after.filteredEarlier!)).toEqual(textsOf(before.filtered!));
    expect(after.filterOptionsEarlier).toEqual(before.filterOptions);
    for (const text of Object.values(NEW_TEXT).filter((t) => t.length > 3)) {
      expect(new TextDecoder().decode(after.exportsEarlier.csv.body)).not.toContain(text);
      expect(new TextDecoder().decode(after.exportsEarlier.json.body)).not.toContain(text);
      expect(after.exportsEarlier.docx.document).not.toContain(text);
    }
    expect(after.action!.history.slice(1)).toEqual(before.action!.history);
  });
});
