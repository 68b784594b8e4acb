/**
 * Renders the seed texts' plain-text convention: paragraphs separated by a blank line, list items
 * on lines starting with "- " (indented ones are nested one level deeper, shown flat here).
 */
export function TextBlock({ text, className = '' }: { text: string; className?: string }) {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim() !== '');
  return (
    <div className={`grid gap-3 ${className}`}>
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        const items = lines.filter((line) => /^\s*- /.test(line));
        if (items.length === 0) return <p key={index}>{block}</p>;
        const lead = lines.filter((line) => !/^\s*- /.test(line)).join(' ');
        return (
          <div key={index}>
            {lead && <p>{lead}</p>}
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {items.map((item, i) => (
                <li key={i}>{item.replace(/^\s*- /, '')}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
