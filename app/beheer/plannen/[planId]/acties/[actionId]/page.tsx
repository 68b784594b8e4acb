import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form';
import { DiscontinueActionForm, MoveActionForm } from '@/components/admin/action-placement-forms';
import { DiscontinuedNotice } from '@/components/discontinued-notice';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findPlanStructure } from '@/lib/plan-editing/find-plan-structure';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Actie beheren' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ planId: string; actionId: string }> };

/** One action: its title, description and organisations, its line, and whether it is still reported. */
export default async function ActionPage({ params }: Props) {
  const { planId, actionId } = await params;
  const user = await requireMinistryEditor(`/beheer/plannen/${planId}/acties/${actionId}`);
  const [plan, action] = [idField.safeParse(planId), idField.safeParse(actionId)];
  const structure = plan.success ? await findPlanStructure({ user, planId: plan.data }) : null;
  const line = structure?.lines.find((l) => l.actions.some((a) => action.success && a.id === action.data));
  const found = line?.actions.find((a) => action.success && a.id === action.data);
  if (!structure || !line || !found) notFound();
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span>{' '}
        <Link href={`/beheer/plannen/${structure.plan.id}`}>{structure.plan.title}</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold text-rijks-blue">{found.title}</h1>
      <p className="mt-1 text-muted">
        {line.code}. {line.title}
        {found.discontinued && ' · niet meer gerapporteerd'}
        {found.reportedRounds > 0 && (
          <>
            {' · '}
            <Link href={`/plannen/${structure.plan.slug}/acties/${found.id}`}>openbare geschiedenis</Link>
          </>
        )}
        {' · '}<Link href={`/beheer/audit?actie=${found.id}`}>auditlog van deze actie</Link>
      </p>
      <section aria-labelledby="gegevens" className="mt-6">
        <h2 id="gegevens" className="text-xl font-semibold">
          Gegevens
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Een nieuwe titel geldt vanaf de ronde die loopt; gepubliceerde rapportages houden hun eigen formulering.
        </p>
        <div className="mt-3">
          <ActionForm
            planId={structure.plan.id}
            action={{ ...found, organisationIds: found.responsible.map((r) => r.id) }}
            organisations={structure.organisations}
          />
        </div>
      </section>
      <section aria-labelledby="plaats" className="mt-10">
        <h2 id="plaats" className="text-xl font-semibold">
          Naar een andere actielijn
        </h2>
        <div className="mt-3">
          <MoveActionForm
            actionId={found.id}
            lineId={line.id}
            lines={structure.lines
              .filter((l) => !l.archived || l.id === line.id)
              .map((l) => ({ id: l.id, label: `${l.code}. ${l.title}` }))}
          />
        </div>
      </section>
      <section aria-labelledby="rapporteren" className="mt-10">
        <h2 id="rapporteren" className="text-xl font-semibold">
          Rapporteren
        </h2>
        {found.discontinued && found.discontinuedSince && (
          <p className="mt-2 max-w-3xl">
            <DiscontinuedNotice since={found.discontinuedSince} reason={found.discontinuedReason} />
          </p>
        )}
        <p className="mt-1 max-w-3xl text-sm text-muted">
          {found.discontinued
            ? 'Haar geschiedenis blijft zichtbaar. Weer rapporteren haalt de reden weg; het auditlog bewaart hem.'
            : 'Een actie die niet meer gerapporteerd wordt, ontbreekt in de rondes die daarna openen; haar geschiedenis blijft.'}
        </p>
        <div className="mt-3">
          <DiscontinueActionForm actionId={found.id} discontinued={found.discontinued} />
        </div>
      </section>
    </>
  );
}
