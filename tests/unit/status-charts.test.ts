import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedStatusBars } from '@/components/charts/stacked-status-bars';
import { StatusByLineChart } from '@/components/charts/status-by-line-chart';
import { countStatuses, emptyStatusCounts } from '@/lib/actions/status-counts';
import { planOverview } from './fixtures/plan-overview';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('StackedStatusBars', () => {
  const bars = [
    { key: 'a', label: 'Lijn A', counts: countStatuses([{ status: 'COMPLETED' }, { status: 'COMPLETED' }, { status: 'DELAYED' }, { status: 'IN_PROGRESS' }]) },
    { key: 'b', label: 'Lijn B', counts: countStatuses([{ status: 'STOPPED' }, { status: 'NOT_STARTED' }]) },
    { key: 'c', label: 'Lijn C', counts: emptyStatusCounts() },
  ];
  const html = renderToStaticMarkup(createElement(StackedStatusBars, { bars }));

  it('draws every bar on one scale: the largest total is the full width', () => {
    expect(html.match(/width:(\d+)%/g)).toEqual(['width:100%', 'width:50%', 'width:0%']);
  });

  it('labels each segment with symbol and count, and says each bar in words for screen readers', () => {
    expect(text(html)).toContain('✓ 2');
    expect(text(html)).toContain('4 acties: 1 loopt, 1 vertraagd, 2 afgerond');
    expect(text(html)).toContain('2 acties: 1 nog niet gestart, 1 gestopt');
    expect(text(html)).toContain('0 acties: geen acties');
  });

  it('hides the drawing itself from screen readers, which get the words instead', () => {
    expect(html.match(/aria-hidden="true" class="flex h-9/g)).toHaveLength(3);
  });
});

describe('StatusByLineChart', () => {
  it('has a bar for each line with actions, and the numbers as a table with headers', () => {
    const { round, lines } = planOverview();
    const html = renderToStaticMarkup(createElement(StatusByLineChart, { round, lines }));
    expect(text(html)).toContain('Status van de acties per actielijn, Ronde najaar (ca. november 2019)');
    expect(text(html)).not.toContain('Deel A: Deel over pleegzorg');
    expect(html).toMatch(/<th scope="row" class="p-2 font-normal[^"]*">A1: Meer pleegouders<\/th>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
  });

  it('says so when the round has no actions', () => {
    const { round } = planOverview();
    const html = renderToStaticMarkup(createElement(StatusByLineChart, { round, lines: [] }));
    expect(text(html)).toContain('Deze rapportage noemt geen acties.');
  });
});
