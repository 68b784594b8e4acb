import { BijlageTable } from '@/components/bijlage-table';
import { TextBlock } from '@/components/text-block';
import type { LineSection } from '@/lib/plans/find-plan-overview';
import { lineLabel } from '@/lib/plans/line-label';

/** One actielijn of the printable bijlage: heading, the round's introduction, the table. */
export function BijlageLine({ line }: { line: LineSection }) {
  const heading = `${lineLabel(line)}: ${line.title}`;
  const Heading = line.parentId === null ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`bijlage-${line.code}`} className="bijlage-line mt-8">
      <Heading
        id={`bijlage-${line.code}`}
        className={line.parentId === null ? 'text-2xl font-semibold text-rijks-blue print:text-[14pt]' : 'text-xl font-semibold print:text-[12pt]'}
      >
        {heading}
      </Heading>
      {line.intro && <TextBlock text={line.intro} className="mt-2 max-w-none" />}
      {line.actions.length > 0 && <BijlageTable caption={`Acties van ${heading}`} actions={line.actions} />}
    </section>
  );
}
