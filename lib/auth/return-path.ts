/**
 * Where the browser goes after signing in (`/inloggen?terug=…`): only a path on this site. Used by the
 * sign-in page on the server, by the sign-in form in the browser and by next-auth's redirect callback.
 */

// Any origin of our own does: only whether the parsed URL stays on it matters.
const OWN_ORIGIN = 'https://voortgang.invalid';
const MAX_LENGTH = 2048;
// Control and format characters, white space of any kind, and backslashes: browsers strip or reinterpret
// them (`/<tab>/evil.example` becomes `//evil.example`), and a raw newline cannot go into a header.
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

/** `value` as path and query on this site, or `fallback` when it is anything else. */
export function safeReturnPath(value: string | null | undefined, fallback = '/werkruimte'): string {
  if (!value || value.length > MAX_LENGTH || !value.startsWith('/') || UNSAFE_CHARACTERS.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN) return fallback;
  const path = decodedOrNull(url.pathname);
  if (path === null || UNSAFE_CHARACTERS.test(path) || path.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}`;
}

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
