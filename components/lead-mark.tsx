/** " (trekker)" after the first of several responsible organisations; screen readers hear its full name. */
export function LeadMark({ name }: { name: string }) {
  return (
    <>
      {' '}
      <span aria-hidden>(trekker)</span>
      <span className="sr-only">({name}, trekker)</span>
    </>
  );
}

