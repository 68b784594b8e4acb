import type { RoundState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { createOrganisation, createReportedAction } from './editing-factories';

/**
 * A plan whose round 'Deze ronde' is not published yet (or is, with `state`), after a published
 * one; since that publication the plan, its line and the action's organisations were renamed or
 * changed, and the entry has a second version: what a concept must show, and the public side not.
 */
export async function createConceptRound(db: Database, state: RoundState = 'OPEN') {
  const [lead, other] = [await createOrganisation(db), await createOrganisation(db)];
  const reported = await createReportedAction(db, { organisationIds: [lead.id], state });
  const { plan, line, action, entry } = reported;
  await db.plan.update({ where: { id: plan.id }, data: { title: `${plan.title} (nieuwe titel)` } });
  await db.actionLine.update({ where: { id: line.id }, data: { title: 'Lijn met nieuwe titel' } });
  await db.actionResponsibility.create({ data: { actionId: action.id, organisationId: other.id, position: 1 } });
  await db.roundLineIntro.create({ data: { roundId: reported.round.id, lineId: line.id, text: 'Inleiding van deze ronde.' } });
  const second = await db.actionUpdate.create({
    data: { entryId: entry.id, version: 2, title: 'Een actie', status: 'DELAYED', result: 'Nieuwe stand van zaken', planning: 'voorjaar 2027' },
  });
  await db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: second.id } });
  return { ...reported, lead, other };
}
