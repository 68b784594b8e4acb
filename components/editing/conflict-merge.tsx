'use client';

import type { ReactNode } from 'react';
import { buttonClass } from '@/components/forms/buttons';
import { StatusBadge } from '@/components/status-badge';
import { WordDiff } from '@/components/word-diff';
import type { ConflictDetails } from '@/lib/errors';
import { formatDateTime } from '@/lib/format-date-time';
import { wordDiff } from '@/lib/plans/compare-rows';
import { fieldChoice, mergeTexts, type FieldChoice } from '@/lib/updates/merge-texts';
import type { UpdateContent } from '@/lib/updates/update-content';

type Props = {
  /** What the other editor saved: the version the next save is based on. */
  conflict: ConflictDetails;
  message?: string;
  /** What this editor tried to save when the conflict came. */
  mine: UpdateContent;
  /** The version both started from: what each changed is measured against it when combining. */
  base: UpdateContent;
  /** What the form holds now. */
  fields: UpdateContent;
  onChange: (field: keyof UpdateContent, value: string) => void;
  idPrefix: string;
};

const CHOICE_TEXT: Record<FieldChoice, (noun: string) => string> = {
  same: (noun) => `Uw ${noun} en die van de ander zijn gelijk.`,
  mine: (noun) => `In het formulier: uw ${noun}.`,
  theirs: (noun) => `In het formulier: hun ${noun}.`,
  combined: () => 'In het formulier: samengevoegd of bewerkt.',
};

const smallButton = `${buttonClass('quiet')} px-3 text-sm`;

/**
 * A save refused because someone else saved first: per field their text against the form's, word by
 * word, and buttons to take theirs, keep one's own, or (for the texts) keep both: what each changed
 * since the version both started from, and where both changed the same words, both. Nothing is saved
 * until the editor saves again, based on the version shown here.
 */
export function ConflictMerge({ conflict, message, mine, base, fields, onChange, idPrefix }: Props) {
  const who = conflict.savedBy ?? 'de ander';
  const theirs: UpdateContent = { status: conflict.status, result: conflict.result, planning: conflict.planning };
  const labels = { removed: 'alleen in uw tekst', added: `alleen bij ${who}` };
  return (
    <section aria-labelledby={`${idPrefix}-conflict`} className="min-w-0 rounded-sm border-2 border-amber-700 bg-amber-50 p-4">
      <p id={`${idPrefix}-conflict`} className="text-lg font-semibold">
        Samenvoegen met versie {conflict.version}
      </p>
      <p role="alert" className="mt-1 font-semibold">
        {message}
      </p>
      <p className="mt-2 text-sm">
        Versie {conflict.version} is opgeslagen door {who} op {formatDateTime(conflict.savedAt)}. Per onderdeel ziet u die
        tekst tegenover de uwe: <del className="bg-red-50 text-red-900">doorgehaald</del> staat alleen in uw tekst,{' '}
        <ins className="bg-emerald-50 text-emerald-900">onderstreept</ins> alleen in die van {who}. Uw tekst blijft in het
        formulier staan tot het opslaan lukt.
      </p>

      <Field id={`${idPrefix}-conflict-status`} label="Status" noun="status" choice={fieldChoice(fields.status, mine.status, theirs.status)}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Bij {who}: <StatusBadge status={theirs.status} /> · bij u: <StatusBadge status={mine.status} />
        </p>
        <Choices
          same={theirs.status === mine.status}
          onTheirs={() => onChange('status', theirs.status)}
          onMine={() => onChange('status', mine.status)}
          names={['Hun status overnemen', 'Mijn status houden']}
        />
      </Field>
      {(['result', 'planning'] as const).map((field) => (
        <Field
          key={field}
          id={`${idPrefix}-conflict-${field}`}
          label={field === 'result' ? 'Resultaat / stand van zaken' : 'Wanneer (planning)'}
          noun="tekst"
          choice={fieldChoice(fields[field], mine[field], theirs[field])}
        >
          {fields[field] !== theirs[field] && (
            <p className="rounded-sm bg-white p-2 break-words">
              <WordDiff parts={wordDiff(fields[field], theirs[field])} labels={labels} />
            </p>
          )}
          <Choices
            same={theirs[field] === mine[field]}
            onTheirs={() => onChange(field, theirs[field])}
            onMine={() => onChange(field, mine[field])}
            onBoth={() => onChange(field, mergeTexts(base[field], mine[field], theirs[field]))}
            names={['Hun tekst overnemen', 'Mijn tekst houden']}
          />
        </Field>
      ))}
    </section>
  );
}

type FieldProps = { id: string; label: string; noun: string; choice: FieldChoice; children: ReactNode };

function Field({ id, label, noun, choice, children }: FieldProps) {
  return (
    <div role="group" aria-labelledby={id} className="mt-4 grid gap-2 border-t border-amber-700/40 pt-3">
      <p id={id} className="font-semibold">
        {label}
      </p>
      {children}
      <p className="text-sm" aria-live="polite">
        {CHOICE_TEXT[choice](noun)}
      </p>
    </div>
  );
}

type ChoicesProps = { same: boolean; onTheirs: () => void; onMine: () => void; onBoth?: () => void; names: [string, string] };

function Choices({ same, onTheirs, onMine, onBoth, names }: ChoicesProps) {
  if (same) return null;
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={smallButton} onClick={onTheirs}>
        {names[0]}
      </button>
      <button type="button" className={smallButton} onClick={onMine}>
        {names[1]}
      </button>
      {onBoth && (
        <button type="button" className={smallButton} onClick={onBoth}>
          Beide samenvoegen
        </button>
      )}
    </div>
  );
}
