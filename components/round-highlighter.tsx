'use client';

import { useEffect } from 'react';

/**
 * Marks the timeline entry of the round named in `?ronde=` as current and scrolls to it. Runs in
 * the browser so the page itself can be cached once for every permalink; without JavaScript the
 * `#ronde-…` fragment of the same links highlights it through CSS :target.
 */
export function RoundHighlighter() {
  useEffect(() => {
    const roundKey = new URLSearchParams(window.location.search).get('ronde');
    const entry = roundKey ? document.getElementById(`ronde-${roundKey}`) : null;
    if (!entry) return;
    entry.setAttribute('aria-current', 'true');
    entry.scrollIntoView({ block: 'start' });
  }, []);
  return null;
}
