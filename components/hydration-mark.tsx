'use client';

import { useEffect } from 'react';

/**
 * Marks the page as interactive once React has hydrated it (`<html data-hydrated>`). Text typed into
 * a controlled field before then is not in React's state; browser tests wait for the mark first.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
