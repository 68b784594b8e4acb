import 'server-only';
import { recordAudits, type Tx } from '@/lib/audit/record-audit';
import { addToUnpublishedRounds } from '@/lib/actions/unpublished-entries';
import { assertOrganisationsExist, leadFirst } from '@/lib/actions/responsibilities';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { lockLineForActions } from '@/lib/lines/lock-line-for-actions';
import { syncUnpublishedPlacements } from '@/lib/rounds/plan-placement';
import { slugify, uniqueSlug } from '@/lib/slug';

export type NewAction = {
  planId: number;
  lineId: number;
  title: string;
  description: string;
  organisationIds: number[];
  leadOrganisationId?: number;
};

const CREATED = { id: true, planId: true, lineId: true, key: true, title: true, description: true, position: true } as const;

/**
 * New actions at the end of their lines, in the order given, with their responsible organisations
 * (the trekker first), for a caller that checked `action.create`: createAction's body for one or
 * for many (the bijlage import), in a number of statements that does not grow with the number of
 * actions. Each line is locked once; each key is the title's slug made unique against the plan's
 * keys and the ones given before it; every round under way reports them too, starting empty; one
 * `action.create` audit line per action. `actorId` null: the command line. Returns the actions in
 * the order given.
 */
export async function createActionsIn(tx: Tx, options: { actorId: number | null; actions: readonly NewAction[] }) {
  const { actorId, actions } = options;
  if (actions.length === 0) return [];
  const lines = new Map(actions.map((action) => [action.lineId, action.planId]));
  for (const action of actions) {
    if (lines.get(action.lineId) !== action.planId) throw new ValidationError('Kies een actielijn van dit plan.', { lineId: ['Kies een actielijn van dit plan.'] });
  }
  for (const [lineId, planId] of lines) {
    if (await lockLineForActions(tx, { lineId, planId, field: 'lineId' })) continue;
    if ((await tx.plan.count({ where: { id: planId } })) === 0) throw new NotFoundError('Dit plan bestaat niet.');
    throw new ValidationError('Kies een actielijn van dit plan.', { lineId: ['Kies een actielijn van dit plan.'] });
  }
  const organisations = actions.map((action) => leadFirst(action.organisationIds, action.leadOrganisationId));
  await assertOrganisationsExist(tx, [...new Set(organisations.flat())]);

  const planIds = [...new Set(lines.values())];
  const taken = new Map(planIds.map((planId) => [planId, new Set<string>()]));
  for (const { planId, key } of await tx.action.findMany({ where: { planId: { in: planIds } }, select: { planId: true, key: true } })) {
    taken.get(planId)!.add(key);
  }
  const maxima = await tx.action.groupBy({ by: ['lineId'], where: { lineId: { in: [...lines.keys()] } }, _max: { position: true } });
  const nextPosition = new Map([...lines.keys()].map((lineId) => [lineId, 0]));
  for (const { lineId, _max } of maxima) nextPosition.set(lineId, (_max.position ?? -1) + 1);

  const data = [];
  for (const action of actions) {
    const keys = taken.get(action.planId)!;
    const key = await uniqueSlug(slugify(action.title, 50), async (candidate) => keys.has(candidate));
    keys.add(key);
    const position = nextPosition.get(action.lineId)!;
    nextPosition.set(action.lineId, position + 1);
    data.push({ planId: action.planId, lineId: action.lineId, key, title: action.title, description: action.description, position });
  }
  const inserted = await tx.action.createManyAndReturn({ data, select: CREATED });
  const byKey = new Map(inserted.map(({ key, ...action }) => [`${action.planId}/${key}`, action]));
  const created = data.map((row) => byKey.get(`${row.planId}/${row.key}`)!);

  // New actions have no organisations to replace; none given, nothing to write.
  const responsibilities = created.flatMap((action, i) => organisations[i]!.map((organisationId, position) => ({ actionId: action.id, organisationId, position })));
  if (responsibilities.length > 0) await tx.actionResponsibility.createMany({ data: responsibilities });
  await addToUnpublishedRounds(tx, actorId, created);
  for (const planId of planIds) await syncUnpublishedPlacements(tx, planId);
  await recordAudits(
    tx,
    created.map((action, i) => ({
      actorId,
      permission: 'action.create' as const,
      entityType: 'action' as const,
      entityId: action.id,
      after: { ...action, organisationIds: organisations[i]!, leadOrganisationId: organisations[i]![0] ?? null },
      context: { planId: action.planId, roundId: null, actionId: action.id },
    })),
  );
  return created;
}
