import type { TextPart } from '@/lib/plans/compare-rows';

/**
 * A text difference word by word: removed words struck through, added words underlined. `labels`
 * names the two kinds for screen readers where "verwijderd"/"toegevoegd" would not fit (a conflict).
 */
export function WordDiff({ parts, labels = { removed: 'verwijderd', added: 'toegevoegd' } }: { parts: TextPart[]; labels?: { removed: string; added: string } }) {
  return (
    <span className="whitespace-pre-line">
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        if (part.kind === 'removed') {
          // Keep a replaced word and its replacement apart: "opgestart Actieonderzoek", not glued.
          const replaced = parts[index + 1]?.kind === 'added';
          return (
            <span key={index}>
              <del className="bg-red-50 text-red-900 decoration-2">
                <span className="sr-only">[{labels.removed}: </span>
                {part.text}
                <span className="sr-only">]</span>
              </del>
              {replaced && ' '}
            </span>
          );
        }
        return (
          <ins key={index} className="bg-emerald-50 text-emerald-900 decoration-2">
            <span className="sr-only">[{labels.added}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        );
      })}
    </span>
  );
}
