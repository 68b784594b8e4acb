import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuditChanges, AuditSubject } from '@/components/admin/audit-line-view';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findAuditEntry } from '@/lib/audit/find-audit-log';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Regel uit het auditlog' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ entryId: string }> };

/** One line of the audit log in full, at an address of its own: every field before and after, and where it belongs. */
export default async function AuditEntryPage({ params }: Props) {
  const { entryId } = await params;
  const user = await requireMinistryEditor(`/beheer/audit/${entryId}`);
  const id = idField.safeParse(entryId);
  const found = id.success ? await findAuditEntry({ user, id: id.data }) : null;
  if (!found) notFound();
  const { line, context } = found;
  const filtered = (query: string, label: string) => <Link href={`/beheer/audit?${query}`}>{label}</Link>;
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer/audit">Auditlog</Link>
      </nav>
      <h1 className="mt-2 break-words text-3xl font-semibold text-rijks-blue">
        Regel {line.id}: {line.what}
      </h1>
      <dl className="mt-4 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[minmax(8rem,max-content)_minmax(0,1fr)]">
        <dt className="font-semibold">Wanneer</dt>
        <dd><time dateTime={line.at}>{line.atText}</time></dd>
        <dt className="font-semibold">Wie</dt>
        <dd className="break-words">{line.actor}</dd>
        <dt className="font-semibold">Wat</dt>
        <dd className="break-words">{line.what}</dd>
        <dt className="font-semibold">Onderwerp</dt>
        <dd className="break-words"><AuditSubject parts={line.subject} /></dd>
        {line.summary && (
          <>
            <dt className="font-semibold">Toelichting</dt>
            <dd>{line.summary}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="gegevens" className="mt-8 max-w-4xl">
        <h2 id="gegevens" className="text-xl font-semibold">Gegevens ervoor en erna</h2>
        {line.changes.length === 0 ? <p className="mt-2">Deze regel bewaart geen gegevens.</p> : <AuditChanges changes={line.changes} />}
      </section>
      {(context.action || context.round || context.plan) && (
        <section aria-labelledby="meer" className="mt-8">
          <h2 id="meer" className="text-xl font-semibold">Meer in het auditlog</h2>
          <ul className="mt-2 list-disc pl-6">
            {context.action && <li>{filtered(`actie=${context.action.id}`, `Alles over de actie ‘${context.action.title}’`)}</li>}
            {context.round && <li>{filtered(`ronde=${context.round.id}`, `Alles in de ronde ‘${context.round.title}’`)}</li>}
            {context.plan && <li>{filtered(`plan=${context.plan.id}`, `Alles in het plan ‘${context.plan.title}’`)}</li>}
          </ul>
        </section>
      )}
    </>
  );
}
