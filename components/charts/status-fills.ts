import type { CSSProperties } from 'react';
import type { ActionStatus } from '@/lib/actions/status';

/**
 * How each status looks in a chart: the symbol of the status badges, and a fill that differs in
 * pattern as well as colour (dots, diagonal stripes, cross-hatch, solid, horizontal stripes), so
 * the segments stay apart in greyscale, in print and for colour-blind readers.
 */
export const STATUS_FILLS: Record<ActionStatus, { symbol: string; style: CSSProperties }> = {
  NOT_STARTED: {
    symbol: '○',
    style: { background: 'radial-gradient(#475569 1.5px, transparent 1.75px) 0 0 / 7px 7px, #e2e8f0' },
  },
  IN_PROGRESS: {
    symbol: '►',
    style: { background: 'repeating-linear-gradient(45deg, #0369a1 0 5px, #7dd3fc 5px 9px)' },
  },
  DELAYED: {
    symbol: '!',
    style: {
      background:
        'repeating-linear-gradient(45deg, #92400e 0 2px, transparent 2px 8px), repeating-linear-gradient(-45deg, #92400e 0 2px, transparent 2px 8px), #fcd34d',
    },
  },
  COMPLETED: { symbol: '✓', style: { background: '#047857' } },
  STOPPED: {
    symbol: '✕',
    style: { background: 'repeating-linear-gradient(0deg, #be123c 0 3px, #fecdd3 3px 7px)' },
  },
};

/** Keeps the fills when printing: browsers drop backgrounds unless told otherwise. */
export const PRINT_EXACT: CSSProperties = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' };
