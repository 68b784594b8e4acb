import Link from 'next/link';
import { WordDiff } from '@/components/word-diff';
import type { AuditChange, AuditLine, SubjectPart } from '@/lib/audit/describe-audit-line';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "actie ‘X’ in ronde ‘Y’ (Plan)", the names as links to where they are managed. */
export function AuditSubject({ parts }: { parts: SubjectPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.href ? <Link key={index} href={part.href}>{part.text}</Link> : <span key={index}>{part.text}</span>))}
    </>
  );
}

function ChangeValue({ change }: { change: AuditChange }) {
  if (change.diff) return <WordDiff parts={change.diff} />;
  if (change.before === null) return <>{change.after}</>;
  if (change.after === null) return <>{change.before} <span className="text-muted">(was)</span></>;
  if (!change.changed) return <>{change.after} <span className="text-muted">(ongewijzigd)</span></>;
  return (
    <>
      {change.before} <span aria-hidden>→</span>
      <span className="sr-only">, wordt</span> {change.after}
    </>
  );
}

/** The fields of a line: Dutch labels, old → new, text fields word by word. */
export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,max-content)_minmax(0,1fr)]">
      {changes.map((change) => (
        <div key={change.key} className="contents">
          <dt className="font-semibold text-slate-800 max-sm:mt-1">{change.label}</dt>
          <dd className="min-w-0 break-words">
            <ChangeValue change={change} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One line of the log as a block (also on a phone): what, when, who, to what, and the fields. */
export function AuditLineView({ line, headingLevel = 2 }: { line: AuditLine; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article aria-labelledby={`audit-${line.id}`} className="rounded-sm border border-slate-300 bg-white">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 bg-rijks-sky/60 px-4 py-2">
        <Heading id={`audit-${line.id}`} className="min-w-0 break-words font-semibold">
          {capitalised(line.what)}
        </Heading>
        <p className="text-sm text-muted">
          <time dateTime={line.at}>{line.atText}</time> · <Link href={`/beheer/audit/${line.id}`}>regel {line.id}</Link>
        </p>
      </header>
      <div className="px-4 py-3 text-sm">
        <p className="break-words">
          <span className="font-semibold">{line.actor}</span> · <AuditSubject parts={line.subject} />
        </p>
        {line.summary && <p className="mt-1">{line.summary}</p>}
        <AuditChanges changes={line.changes} />
      </div>
    </article>
  );
}
