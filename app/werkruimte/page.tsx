import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ProgressSummary } from '@/components/editing/progress-summary';
import { WorkspaceEntryCard } from '@/components/editing/workspace-entry';
import { WorkbookTransfer } from '@/components/import/workbook-transfer';
import { RoundStateBadge } from '@/components/round-state-badge';
import { DeadlineNotice } from '@/components/rounds/deadline-notice';
import { dutchCalendarDate } from '@/lib/actions/overdue';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { formatDutchDate, isoDateToDate } from '@/lib/dates';
import { findWorkspace } from '@/lib/updates/find-workspace';

export const metadata: Metadata = { title: 'Werkruimte' };
export const dynamic = 'force-dynamic';

/** A partner organisation's actions in the round that is open for input. */
export default async function WorkspacePage() {
  const user = await requireUser('/werkruimte');
  if (user.role === 'MINISTRY_EDITOR') redirect('/beheer');
  if (!can(user, 'workspace.view', null)) notFound();
  const rounds = await findWorkspace({ user });
  const today = dutchCalendarDate(new Date());
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Werkruimte {user.organisation?.abbreviation}</h1>
      <p className="mt-2 text-muted">
        {user.name}, redacteur voor {user.organisation?.name}. Hier werkt u de acties bij waarvoor uw organisatie
        verantwoordelijk is; het ministerie controleert ze en publiceert de rapportage.
      </p>
      {rounds.length === 0 && (
        <p className="mt-8 rounded-sm bg-rijks-sky p-4">
          Er is op dit moment geen rapportageronde open voor invoer. Zodra het ministerie de volgende ronde opent, staan uw
          acties hier klaar, ingevuld met de tekst van de vorige rapportage.
        </p>
      )}
      {rounds.map(({ round, entries, progress }) => {
        const previousTitle = entries.find((e) => e.previous)?.previous?.roundTitle ?? null;
        return (
          <section key={round.id} aria-labelledby={`ronde-${round.id}`} className="mt-8">
            <div className="flex flex-wrap items-baseline gap-3">
              <h2 id={`ronde-${round.id}`} className="text-2xl font-semibold">
                {round.title}
              </h2>
              <RoundStateBadge state={round.state} />
            </div>
            <p className="mt-1 text-muted">
              {round.plan.title} · rapportage van {formatDutchDate(isoDateToDate(round.date))}
            </p>
            {round.state === 'OPEN' && round.inputDeadline && (
              <DeadlineNotice deadline={round.inputDeadline} audience="partner" className="mt-3" />
            )}
            <ProgressSummary id={`voortgang-${round.id}`} progress={progress} />
            {round.state === 'OPEN' && entries.some((entry) => entry.canSave) && <WorkbookTransfer audience="partner" roundId={round.id} />}
            <ol className="mt-6 grid gap-6">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <WorkspaceEntryCard entry={entry} roundDate={round.date} today={today} previousTitle={previousTitle} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
