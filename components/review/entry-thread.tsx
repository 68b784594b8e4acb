import { formatDateTime } from '@/lib/format-date-time';
import { COMMENT_KIND_LABELS, type EntryComment } from '@/lib/review/entry-thread';

const KIND_STYLES: Record<EntryComment['kind'], string> = {
  RETURN: 'border-rose-700 bg-rose-50',
  ANSWER: 'border-sky-700 bg-sky-50',
  NOTE: 'border-slate-500 bg-slate-50',
};

/**
 * The conversation about an entry, oldest first: each return comment and answer with who wrote
 * it, for which version, and when. The kind is said in words, not by colour alone.
 */
export function EntryThread({ thread, label }: { thread: EntryComment[]; label: string }) {
  if (thread.length === 0) return <p className="text-sm text-muted">Nog geen opmerkingen of antwoorden.</p>;
  return (
    <ol aria-label={label} className="grid gap-3">
      {thread.map((comment) => (
        <li key={comment.id} className={`min-w-0 border-l-4 px-3 py-2 ${KIND_STYLES[comment.kind]}`}>
          <p className="text-sm">
            <strong>{COMMENT_KIND_LABELS[comment.kind]}</strong> · {comment.authorName} ({comment.authorSide}) · bij versie{' '}
            {comment.version} · <span className="text-muted">{formatDateTime(comment.createdAt)}</span>
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
