import Link from 'next/link';

/** Newer/older links under a newest-first list of pages (the audit log, the messages). */
export function PageLinks({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Pagina’s" className="mt-4 flex gap-4">
      {page > 1 && <Link href={href(page - 1)}>Nieuwere</Link>}
      {page < pageCount && <Link href={href(page + 1)}>Oudere</Link>}
    </nav>
  );
}
