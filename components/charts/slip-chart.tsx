import { useId } from 'react';
import { stacked } from '@/components/stacked-table';
import { formatDutchMonth, isoDateToDate } from '@/lib/dates';
import { buildSlipChart, type MarkerShape, type SlipInput } from '@/lib/plans/slip-chart';

type Props = { caption: string; input: SlipInput; /** The numbered key of the lines; off for a single action. */ showKey?: boolean };

const COLOURS = ['#01689b', '#8a2c0d', '#275937', '#5b2a86', '#7a5b00', '#1f2937'];
const SHAPE_NAMES: Record<MarkerShape, string> = {
  circle: 'rondje',
  square: 'vierkantje',
  triangle: 'driehoekje',
  diamond: 'ruitje',
  cross: 'kruisje',
  star: 'sterretje',
};

/**
 * The milestone trend chart (slip chart) of lib/plans/slip-chart.ts as server-rendered SVG, with
 * the same numbers as a table behind a <details>. Lines differ by marker, dash and number, not
 * only by colour.
 */
export function SlipChart({ caption, input, showKey = true }: Props) {
  const id = useId();
  const chart = buildSlipChart(input);
  const { plot } = chart;
  const description =
    'Horizontaal de datum van elke rapportage, verticaal de einddatum van de termijn die die rapportage noemde. ' +
    'Een stijgende lijn is een termijn die verschoof; de schuine stippellijn is waar de termijn gelijk is aan de rapportagedatum: ' +
    'een punt daaronder was op die datum al verstreken. De tabel eronder geeft dezelfde gegevens.';
  return (
    <figure className="min-w-0 rounded border border-slate-300 p-4">
      <figcaption className="font-semibold">{caption}</figcaption>
      <p className="mt-1 max-w-3xl text-sm text-muted">{description}</p>
      {/* Below 32rem the chart scrolls sideways instead of shrinking its labels out of reading size. */}
      <div role="region" aria-label={`${caption}: grafiek`} tabIndex={0} className="mt-3 overflow-x-auto">
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          role="img"
          aria-labelledby={`${id}-titel ${id}-uitleg`}
          className="h-auto w-full min-w-[32rem] max-w-3xl text-ink"
        >
          <title id={`${id}-titel`}>{caption}</title>
          <desc id={`${id}-uitleg`}>{description}</desc>
          {chart.xTicks.map((tick) => (
            <g key={`x${tick.label}`}>
              <line x1={tick.at} x2={tick.at} y1={plot.top} y2={plot.bottom} stroke="#cbd5e1" />
              <text x={tick.at} y={plot.bottom + 18} textAnchor="middle" fontSize="12" fill="currentColor">{tick.label}</text>
            </g>
          ))}
          {chart.yTicks.map((tick) => (
            <g key={`y${tick.label}`}>
              <line x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} stroke="#cbd5e1" />
              <text x={plot.left - 6} y={tick.at + 4} textAnchor="end" fontSize="12" fill="currentColor">{tick.label}</text>
            </g>
          ))}
          <text x={(plot.left + plot.right) / 2} y={chart.height - 4} textAnchor="middle" fontSize="12" fill="currentColor">rapportagedatum</text>
          <text transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="currentColor">
            geplande einddatum
          </text>
          <line {...chart.diagonal} stroke="#475569" strokeWidth="1.5" strokeDasharray="4 4" />
          {chart.lines.map((line, index) => {
            const colour = COLOURS[index % COLOURS.length]!;
            return (
              <g key={line.key} stroke={colour} fill={colour}>
                {line.segments.map((segment) => (
                  <polyline
                    key={segment[0]!.round}
                    points={segment.map((p) => `${p.x},${p.y}`).join(' ')}
                    fill="none"
                    strokeWidth="2"
                    strokeDasharray={line.dash || undefined}
                  />
                ))}
                {line.points.map((point) => (
                  <Marker key={point.round} shape={line.marker} x={point.x} y={point.y} />
                ))}
                {showKey && line.labelAt && (
                  <text x={line.labelAt.x} y={line.labelAt.y + 4} fontSize="12" fontWeight="600" stroke="none">{line.number}</text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      {showKey && (
        <ol aria-label="Lijnen in de grafiek" className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
          {chart.lines.map((line) => (
            <li key={line.key}>
              <span className="font-semibold">{line.number}</span> ({SHAPE_NAMES[line.marker]}
              {line.dash ? ', onderbroken lijn' : ''}): {line.label}
            </li>
          ))}
        </ol>
      )}
      <SlipTable caption={caption} input={input} />
    </figure>
  );
}

function Marker({ shape, x, y }: { shape: MarkerShape; x: number; y: number }) {
  const r = 5;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} />;
    case 'diamond':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} />;
    case 'cross':
      return <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} strokeWidth="3" fill="none" />;
    case 'star':
      return <path d={`M${x} ${y - r - 1}V${y + r + 1}M${x - r - 1} ${y}H${x + r + 1}M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} strokeWidth="2" fill="none" />;
  }
}

/** Actions × rounds: the planned end each round named; on a phone a card per action (see stacked-table). */
function SlipTable({ caption, input }: { caption: string; input: SlipInput }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-medium text-rijks-blue">Toon de geplande einddata als tabel</summary>
      <div className="mt-2 overflow-x-auto">
        <table className={`w-full border-collapse text-left text-sm ${stacked.table}`}>
          <caption className={`mb-1 text-left font-semibold ${stacked.caption}`}>{caption}: geplande einddatum per rapportage</caption>
          <thead className={stacked.head}>
            <tr className="border-b-2 border-rijks-blue bg-rijks-sky">
              <th scope="col" className="p-2">Actie</th>
              {input.rounds.map((round) => (
                <th key={round.key} scope="col" className="p-2">{round.label}</th>
              ))}
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {input.series.map((series, index) => (
              <tr key={series.key} className={`border-b border-slate-200 ${stacked.listCard}`}>
                <th scope="row" className={`p-2 font-normal ${stacked.cell} max-md:mb-1`}>
                  {input.series.length > 1 && <span className="font-semibold">{index + 1}. </span>}
                  {series.label}
                </th>
                {series.ends.map((end, i) => (
                  <td key={input.rounds[i]!.key} className={`p-2 whitespace-nowrap ${stacked.count} ${stacked.inlineLabel} max-md:before:whitespace-normal`} data-label={input.rounds[i]!.label}>
                    {end === null ? '—' : formatDutchMonth(isoDateToDate(end))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
