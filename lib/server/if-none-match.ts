/**
 * Whether a request's If-None-Match matches a page's entity tag (RFC 9110 §13.1.2): `*` matches any
 * page that exists, otherwise one of a comma-separated list of tags does, compared weakly (W/"x"
 * matches "x"). A match means the client's copy is current: 304 for GET and HEAD.
 */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = opaqueTag(etag);
  return (ifNoneMatch.match(/(W\/)?"[^"]*"/g) ?? []).some((tag) => opaqueTag(tag) === opaque);
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}
