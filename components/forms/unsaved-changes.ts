'use client';

import { useEffect, useId } from 'react';

/** What the browser asks before an in-app link leaves a page with a form that has unsaved changes. */
export const LEAVE_QUESTION =
  'U heeft wijzigingen die nog niet zijn opgeslagen. Wilt u deze pagina toch verlaten? Uw wijzigingen gaan dan verloren.';

// The forms of this page with unsaved changes; several forms on a page share one pair of listeners.
const dirtyForms = new Set<string>();
let listening = false;

function askBeforeUnload(event: BeforeUnloadEvent) {
  if (dirtyForms.size === 0) return;
  // The browser shows its own question; the returned value only makes older browsers ask at all.
  event.preventDefault();
  event.returnValue = LEAVE_QUESTION;
}

/**
 * A link within the app (Next's <Link> navigates without unloading the page, so beforeunload never
 * fires): ask first, in the capture phase, before <Link>'s own handler sees the click. A cancelled
 * click is prevented, which <Link> respects.
 */
function askBeforeLink(event: MouseEvent) {
  if (dirtyForms.size === 0 || event.defaultPrevented) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
  if (link.target && link.target !== '_self') return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return; // leaves the app: beforeunload asks
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return; // a jump within the page
  if (window.confirm(LEAVE_QUESTION)) {
    dirtyForms.clear(); // leaving was chosen: a full page load after it must not ask again
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

/** Marks the calling form as having unsaved changes while `dirty`: leaving the page asks first. */
export function useUnsavedChanges(dirty: boolean) {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    if (!listening) {
      window.addEventListener('beforeunload', askBeforeUnload);
      document.addEventListener('click', askBeforeLink, { capture: true });
      listening = true;
    }
    dirtyForms.add(id);
    return () => {
      dirtyForms.delete(id);
    };
  }, [dirty, id]);
}
