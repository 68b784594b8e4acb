import { ActionTable } from '@/components/action-table';
import { TextBlock } from '@/components/text-block';
import { lineLabel } from '@/lib/plans/line-label';
import type { LineSection } from '@/lib/plans/find-plan-overview';

/** One actielijn (or sub-line): heading, its opgave and this round's introduction, and its table. */
export function LineSectionView({ line, planSlug, roundKey }: { line: LineSection; planSlug: string; roundKey: string }) {
  const label = lineLabel(line);
  const Heading = line.parentId === null ? 'h2' : 'h3';
  // Later reports repeat a line's opgave at the start of their introduction: show it once.
  const showOpgave = line.opgave !== '' && !line.intro?.includes(line.opgave.slice(0, 200));
  return (
    <section id={`lijn-${line.code}`} aria-labelledby={`kop-${line.code}`} className="mt-10 scroll-mt-4">
      <Heading
        id={`kop-${line.code}`}
        className={line.parentId === null ? 'text-2xl font-semibold text-rijks-blue' : 'text-xl font-semibold'}
      >
        {label}: {line.title}
      </Heading>
      {showOpgave && (
        <details className="mt-3 max-w-3xl">
          <summary className="cursor-pointer font-medium text-rijks-blue">Opgave</summary>
          <TextBlock text={line.opgave} className="mt-2 text-muted" />
        </details>
      )}
      {line.intro && <TextBlock text={line.intro} className="mt-3 max-w-3xl" />}
      {line.actions.length > 0 && (
        <div className="mt-4">
          <ActionTable caption={`${label}: ${line.title}`} planSlug={planSlug} roundKey={roundKey} actions={line.actions} />
        </div>
      )}
    </section>
  );
}
