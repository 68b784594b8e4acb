import type { Metadata } from 'next';
import { PageLinks } from '@/components/admin/page-links';
import { ResendMessageForm } from '@/components/admin/resend-message-form';
import { requireMinistryEditor } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format-date-time';
import { findMailMessages } from '@/lib/mail/find-mail-messages';
import { MAIL_KIND_LABELS, MAIL_STATE_LABELS } from '@/lib/mail/mail-labels';
import { mailFilterSchema, MAIL_STATES } from '@/lib/validation/mail';

export const metadata: Metadata = { title: 'Berichten' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATE_STYLES = {
  QUEUED: 'bg-amber-100 text-amber-900',
  SENT: 'bg-emerald-100 text-emerald-900',
  FAILED: 'bg-rose-100 text-rose-900',
  KEPT: 'bg-slate-200 text-slate-900',
} as const;

/** Every e-mail the app sent or keeps (the demo has no mail server), newest first. */
export default async function MailPage({ searchParams }: Props) {
  const user = await requireMinistryEditor('/beheer/berichten');
  const { pagina, soort, stand } = mailFilterSchema.parse(await searchParams);
  const mail = await findMailMessages({ user, page: pagina, kind: soort, state: stand });
  const link = (page: number) => `/beheer/berichten?pagina=${page}${soort ? `&soort=${soort}` : ''}${stand ? `&stand=${stand}` : ''}`;
  const select = 'mt-1 w-full rounded-sm border border-slate-500 px-3 py-2 sm:w-auto';
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Berichten</h1>
      <p className="mt-2 max-w-3xl text-muted">
        De e-mail die de app verstuurt: bij het openen van een ronde, herinneringen, teruggestuurde acties, het dagoverzicht en
        publicaties. Zonder mailserver (de demo) worden berichten hier bewaard in plaats van verstuurd.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-auto">
          <label htmlFor="soort" className="block font-semibold">Soort</label>
          <select id="soort" name="soort" defaultValue={soort ?? ''} className={select}>
            <option value="">alle</option>
            {Object.entries(MAIL_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div className="w-full sm:w-auto">
          <label htmlFor="stand" className="block font-semibold">Stand</label>
          <select id="stand" name="stand" defaultValue={stand ?? ''} className={select}>
            <option value="">alle</option>
            {MAIL_STATES.map((state) => (
              <option key={state} value={state}>{MAIL_STATE_LABELS[state]}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-sm border-2 border-rijks-blue px-4 font-semibold text-rijks-blue">
          Toon
        </button>
      </form>
      <p className="mt-4 text-sm text-muted">
        {mail.total} {mail.total === 1 ? 'bericht' : 'berichten'} · pagina {pagina} van {mail.pageCount}
      </p>
      {mail.rows.length === 0 && <p className="mt-4 rounded-sm bg-rijks-sky p-4">Er zijn geen berichten die hierbij passen.</p>}
      <ol className="mt-2 grid gap-4" aria-label="Berichten, nieuwste eerst">
        {mail.rows.map((row) => (
          <li key={row.id}>
            <article aria-labelledby={`bericht-${row.id}`} className="rounded-sm border border-slate-300 bg-white">
              <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 bg-rijks-sky/60 px-4 py-3">
                <div className="min-w-0">
                  <h2 id={`bericht-${row.id}`} className="break-words font-semibold">{row.subject}</h2>
                  <p className="break-words text-sm text-muted">
                    Aan {row.recipient ? `${row.recipient.name} <${row.toAddress}>` : row.toAddress} ·{' '}
                    {MAIL_KIND_LABELS[row.kind as keyof typeof MAIL_KIND_LABELS] ?? row.kind} · {formatDateTime(row.createdAt)}
                  </p>
                </div>
                <span className={`rounded-sm px-2 py-0.5 text-sm font-semibold ${STATE_STYLES[row.state]}`}>{MAIL_STATE_LABELS[row.state]}</span>
              </header>
              <div className="px-4 py-3 text-sm">
                {row.state !== 'KEPT' && (
                  <p className="text-muted">
                    {row.attempts} {row.attempts === 1 ? 'poging' : 'pogingen'}
                    {row.sentAt && ` · verstuurd ${formatDateTime(row.sentAt)}`}
                  </p>
                )}
                {row.lastError && (
                  <p className="mt-1 break-words text-rose-800">Laatste fout: {row.lastError}</p>
                )}
                {row.state === 'FAILED' && <ResendMessageForm messageId={row.id} />}
                <details className={row.state === 'KEPT' ? '' : 'mt-2'}>
                  <summary className="cursor-pointer font-semibold text-rijks-blue">Tekst</summary>
                  <pre className="mt-2 whitespace-pre-wrap break-words bg-slate-50 p-3 font-sans">{row.text}</pre>
                </details>
              </div>
            </article>
          </li>
        ))}
      </ol>
      <PageLinks page={pagina} pageCount={mail.pageCount} href={link} />
    </>
  );
}
