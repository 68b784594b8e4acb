import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form';
import { ArchiveLineForm } from '@/components/admin/archive-line-form';
import { ArchivedLines } from '@/components/admin/archived-lines';
import { LineForm } from '@/components/admin/line-form';
import { MoveButtons } from '@/components/admin/move-buttons';
import { PlanForm } from '@/components/admin/plan-form';
import { requireMinistryEditor } from '@/lib/auth/session';
import { organisationsText } from '@/lib/organisations/organisations-text';
import { findPlanStructure, type StructureAction, type StructureLine } from '@/lib/plan-editing/find-plan-structure';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Plan beheren' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ planId: string }> };

/** A plan's actielijnen and actions: add, rename, reorder, move, stop reporting. */
export default async function PlanStructurePage({ params }: Props) {
  const { planId } = await params;
  const user = await requireMinistryEditor(`/beheer/plannen/${planId}`);
  const id = idField.safeParse(planId);
  const structure = id.success ? await findPlanStructure({ user, planId: id.data }) : null;
  if (!structure) notFound();
  const { plan, organisations } = structure;
  const lines = structure.lines.filter((l) => !l.archived);
  const archived = structure.lines.filter((l) => l.archived);
  const parents = lines.filter((l) => l.parentId === null).map((l) => ({ id: l.id, label: `${l.code}. ${l.title}` }));
  // A line may be archived when neither it nor its sub-lines have actions (reported or not).
  const empty = (line: StructureLine) =>
    line.actions.length === 0 && structure.lines.every((l) => l.parentId !== line.id || l.actions.length === 0);
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold text-rijks-blue">{plan.title}</h1>
      <p className="mt-1 text-muted">
        Openbaar op <Link href={`/plannen/${plan.slug}`}>/plannen/{plan.slug}</Link>
      </p>
      <p className="mt-2">
        <Link href={`/beheer/plannen/${plan.id}/importeren`}>Bijlage importeren (Word): een rapportage inlezen in een nieuwe ronde of de ronde in concept</Link>
      </p>
      <details className="mt-4">
        <summary className="cursor-pointer font-semibold text-rijks-blue">Titel en samenvatting wijzigen</summary>
        <div className="mt-3">
          <PlanForm plan={plan} />
        </div>
      </details>

      <h2 className="mt-10 text-2xl font-semibold">Actielijnen en acties</h2>
      <p className="mt-1 max-w-3xl text-muted">
        Wijzigingen gelden voor de ronde die loopt en de volgende; gepubliceerde rapportages houden hun indeling en formulering.
      </p>
      <ol className="mt-4 grid gap-4">
        {lines.map((line) => {
          const siblings = lines.filter((l) => l.parentId === line.parentId);
          return (
            <li key={line.id} className={line.parentId ? 'sm:ml-8' : ''}>
              <LineCard
                line={line}
                planId={plan.id}
                organisations={organisations}
                first={siblings[0]?.id === line.id}
                last={siblings.at(-1)?.id === line.id}
                archivable={empty(line)}
              />
            </li>
          );
        })}
      </ol>
      <ArchivedLines lines={archived} />

      <section aria-labelledby="nieuwe-lijn" className="mt-10 rounded-sm border border-slate-300 p-4">
        <h2 id="nieuwe-lijn" className="text-xl font-semibold">
          Actielijn toevoegen
        </h2>
        <div className="mt-3">
          <LineForm planId={plan.id} parents={parents} />
        </div>
      </section>
    </>
  );
}

function LineCard({
  line,
  planId,
  organisations,
  first,
  last,
  archivable,
}: {
  line: StructureLine;
  planId: number;
  organisations: { id: number; abbreviation: string; name: string }[];
  first: boolean;
  last: boolean;
  archivable: boolean;
}) {
  const name = `Actielijn ${line.code}`;
  const reported = line.actions.filter((a) => !a.discontinued);
  const stopped = line.actions.filter((a) => a.discontinued);
  return (
    <section aria-labelledby={`lijn-${line.id}`} className="rounded-sm border border-slate-300 bg-white">
      <header className="flex items-start justify-between gap-3 border-b border-slate-200 bg-rijks-sky/60 px-4 py-3">
        <h3 id={`lijn-${line.id}`} className="text-lg font-semibold">
          {line.code}. {line.title}
        </h3>
        <MoveButtons kind="line" id={line.id} name={name} first={first} last={last} />
      </header>
      <div className="grid gap-3 p-4">
        {reported.length === 0 ? (
          <p className="text-muted">Geen acties die nog gerapporteerd worden.</p>
        ) : (
          <ol className="grid gap-2">
            {reported.map((action, index) => (
              <li key={action.id} className="flex items-start justify-between gap-3 border-b border-slate-100 pb-2">
                <ActionSummary action={action} planId={planId} />
                <MoveButtons kind="action" id={action.id} name={action.title} first={index === 0} last={index === reported.length - 1} />
              </li>
            ))}
          </ol>
        )}
        {stopped.length > 0 && (
          <details>
            <summary className="cursor-pointer text-muted">
              {stopped.length} {stopped.length === 1 ? 'actie wordt' : 'acties worden'} niet meer gerapporteerd
            </summary>
            <ul className="mt-2 grid gap-2">
              {stopped.map((action) => (
                <li key={action.id}>
                  <ActionSummary action={action} planId={planId} />
                  {action.discontinuedReason && <p className="text-sm whitespace-pre-line text-muted">Reden: {action.discontinuedReason}</p>}
                </li>
              ))}
            </ul>
          </details>
        )}
        <details>
          <summary className="cursor-pointer font-semibold text-rijks-blue">Actie toevoegen aan actielijn {line.code}</summary>
          <div className="mt-3">
            <ActionForm planId={planId} lineId={line.id} organisations={organisations} />
          </div>
        </details>
        <details>
          <summary className="cursor-pointer font-semibold text-rijks-blue">{name} wijzigen</summary>
          <div className="mt-3">
            <LineForm planId={planId} line={line} />
          </div>
        </details>
        {archivable && (
          <details>
            <summary className="cursor-pointer font-semibold text-rijks-blue">{name} archiveren</summary>
            <p className="mt-2 max-w-3xl text-sm text-muted">
              Deze actielijn heeft geen acties. Gearchiveerd staat zij niet meer tussen de keuzes bij acties, actielijnen en rondes
              {line.parentId === null ? ', met haar onderliggende actielijnen' : ''}; gepubliceerde rapportages tonen haar zoals
              ze gepubliceerd zijn.
            </p>
            <div className="mt-2">
              <ArchiveLineForm lineId={line.id} name={name} archived={false} />
            </div>
          </details>
        )}
      </div>
    </section>
  );
}

function ActionSummary({ action, planId }: { action: StructureAction; planId: number }) {
  return (
    <div className="min-w-0">
      <Link href={`/beheer/plannen/${planId}/acties/${action.id}`} className="font-medium">
        {action.title}
      </Link>
      <p className="text-sm text-muted">{organisationsText(action.responsible.map((r) => r.abbreviation)) || 'geen organisatie vermeld'}</p>
    </div>
  );
}
