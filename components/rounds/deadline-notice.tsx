import { deadlineNotice, type Audience } from '@/lib/rounds/deadline-notice';

const TONES = {
  ahead: { className: 'border-rijks-blue bg-rijks-sky/60', symbol: null },
  today: { className: 'border-amber-700 bg-amber-50', symbol: '⚠' },
  passed: { className: 'border-amber-700 bg-amber-50', symbol: '⚠' },
} as const;

/** A round's input deadline with the days left, as of this request, for partners or the ministry. */
export function DeadlineNotice({ deadline, audience, className = '' }: { deadline: string; audience: Audience; className?: string }) {
  const notice = deadlineNotice(new Date(deadline), new Date(), audience);
  const tone = TONES[notice.standing.kind];
  return (
    <p className={`border-l-4 px-4 py-2 ${tone.className} ${className}`}>
      {tone.symbol && <span aria-hidden>{tone.symbol} </span>}
      {notice.text}
    </p>
  );
}
