'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { handleUndoReview } from '@/app/_form-handlers/review-entry';
import { SubmitButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';
import { initialFormState, type FormState } from '@/lib/errors';

/** A review that can be taken back: the state it set, at the version it was given for. */
export type UndoTarget = { entryId: number; version: number; reviewState: 'APPROVED' | 'RETURNED'; title: string };
export type ReviewOutcome = { state: FormState; notes?: string[]; undo?: UndoTarget[] };

type Desk = {
  /** Undoing is offered while the round is open. */
  canUndo: boolean;
  /** The entry after these (in the list as it is now) that is not one of them: where focus goes next. */
  nextAfter: (entryIds: number[]) => number | null;
  /** Shows what happened; `focusEntryId` gets focus (null: the outcome itself, undefined: focus stays). */
  report: (outcome: ReviewOutcome, focusEntryId?: number | null) => void;
};

const DeskContext = createContext<Desk | null>(null);

export function useReviewDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useReviewDesk outside ReviewDesk');
  return desk;
}

/**
 * The review list with what the last approval or return did: said in a status region that stays in
 * view at the bottom of the screen (the card itself may leave a filtered list), with *Ongedaan maken*
 * while the round is open. Focus moves to the next entry, not to the page.
 */
export function ReviewDesk({ entryIds, canUndo, children }: { entryIds: number[]; canUndo: boolean; children: ReactNode }) {
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: number | null } | null>(null);
  const ids = useRef(entryIds);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ids.current = entryIds;
  }, [entryIds]);
  useEffect(() => {
    if (!focusTarget) return;
    const card = focusTarget.id === null ? null : document.getElementById(`actie-${focusTarget.id}`);
    if (focusTarget.id !== null && !card && entryIds.includes(focusTarget.id)) return; // not rendered yet
    (card ?? panel.current)?.focus();
    setFocusTarget(null); // eslint-disable-line react-hooks/set-state-in-effect -- focus is done once
  }, [focusTarget, entryIds]);
  const nextAfter = useCallback((selected: number[]) => {
    const list = ids.current;
    const last = Math.max(...selected.map((id) => list.indexOf(id)));
    return list.slice(last + 1).find((id) => !selected.includes(id)) ?? list.find((id) => !selected.includes(id)) ?? null;
  }, []);
  const desk = useMemo<Desk>(
    () => ({
      canUndo,
      nextAfter,
      report: (next, focusEntryId) => {
        setOutcome(next);
        if (focusEntryId !== undefined) setFocusTarget({ id: focusEntryId });
      },
    }),
    [canUndo, nextAfter],
  );
  return (
    <DeskContext.Provider value={desk}>
      {children}
      <div
        ref={panel}
        tabIndex={-1}
        aria-label="Uitkomst van de controle"
        role="region"
        className={`sticky bottom-0 z-10 mt-4 grid gap-2 ${outcome?.state.message ? 'border-t-2 border-rijks-blue bg-white p-3 shadow-lg' : ''}`}
      >
        {outcome?.state.status === 'error' ? (
          <FormMessage state={outcome.state} />
        ) : (
          <div role="status" aria-live="polite" className={outcome?.state.message ? 'border-l-4 border-emerald-700 bg-emerald-50 px-4 py-2 text-emerald-900' : ''}>
            {outcome?.state.message && (
              <p>
                <span aria-hidden>✓ </span>
                {outcome.state.message}
              </p>
            )}
            {outcome?.notes && outcome.notes.length > 0 && (
              <ul className="mt-1 list-disc pl-6 text-ink">
                {outcome.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {canUndo && outcome?.undo && outcome.undo.length > 0 && (
          <ul className="flex flex-wrap gap-2">
            {outcome.undo.map((target) => (
              <li key={target.entryId}>
                <UndoForm target={target} report={desk.report} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </DeskContext.Provider>
  );
}

function UndoForm({ target, report }: { target: UndoTarget; report: Desk['report'] }) {
  const what = target.reviewState === 'APPROVED' ? 'goedkeuren' : 'terugsturen';
  async function undo(formData: FormData) {
    const state = await handleUndoReview(initialFormState, formData);
    report({ state }, state.status === 'ok' ? target.entryId : undefined);
  }
  return (
    <form action={undo}>
      <input type="hidden" name="entryId" value={target.entryId} />
      <input type="hidden" name="version" value={target.version} />
      <input type="hidden" name="reviewState" value={target.reviewState} />
      <SubmitButton variant="quiet">
        Ongedaan maken: {what} van ‘{target.title}’
      </SubmitButton>
    </form>
  );
}
