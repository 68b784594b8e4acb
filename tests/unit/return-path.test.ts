/** Where the browser goes after signing in: only a path on this site, whatever the `terug` parameter says. */
import { describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/auth-options';
import { safeReturnPath } from '@/lib/auth/return-path';

describe('the return path after signing in', () => {
  it.each([
    ['/beheer/rondes/3', '/beheer/rondes/3'],
    ['/plannen/actieplan-pleegzorg/zoeken?q=pleegouder&status=DELAYED', '/plannen/actieplan-pleegzorg/zoeken?q=pleegouder&status=DELAYED'],
    ['/werkruimte#acties', '/werkruimte'],
    ['/beheer/../werkruimte', '/werkruimte'],
    ['/zoeken?q=a%20b', '/zoeken?q=a%20b'],
  ])('keeps %j as %j (path and query only)', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/phish'],
    ['backslash', '/\\evil.example'],
    ['backslash twice', '\\\\evil.example'],
    ['encoded backslash', '/%5Cevil.example'],
    ['raw tab', '/\t/evil.example/phish'],
    ['encoded tab', '/%09/evil.example/phish'],
    ['raw newline', '/\n/x'],
    ['encoded newline', '/%0a/x'],
    ['raw carriage return', '/\r/evil.example'],
    ['encoded carriage return', '/%0D/evil.example'],
    ['space', '/ /evil.example'],
    ['non-breaking space', '/\u00a0/evil.example'],
    ['line separator', '/\u2028/evil.example'],
    ['NUL', '/\u0000/evil.example'],
    ['encoded NUL', '/%00'],
    ['encoded slashes', '%2f%2fevil.example'],
    ['encoded slashes after a slash', '/%2f%2fevil.example'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['absolute https URL', 'https://evil.example/'],
    ['absolute URL with our path', 'http://evil.example/werkruimte'],
    ['scheme-relative with credentials', '//user@evil.example'],
    ['relative path', 'werkruimte'],
    ['malformed escape', '/%E0%A4%A'],
    ['very long', `/${'a'.repeat(5000)}`],
    ['empty', ''],
    ['missing', undefined],
    ['null', null],
  ])('refuses %s', (_kind, input) => {
    expect(safeReturnPath(input)).toBe('/werkruimte');
  });

  it('falls back to the given path', () => {
    expect(safeReturnPath('//evil.example', '/beheer')).toBe('/beheer');
  });
});

describe('next-auth’s redirect after signing in or out', () => {
  const baseUrl = 'http://localhost:3250';
  const redirect = (url: string) => authOptions().callbacks!.redirect!({ url, baseUrl });

  it.each([
    ['/werkruimte?ronde=2', `${baseUrl}/werkruimte?ronde=2`],
    [`${baseUrl}/beheer`, `${baseUrl}/beheer`],
    ['/\t/evil.example/phish', `${baseUrl}/`],
    [`${baseUrl}/%09/evil.example`, `${baseUrl}/`],
    ['https://evil.example/', `${baseUrl}/`],
    ['//evil.example', `${baseUrl}/`],
    ['http://[', `${baseUrl}/`],
  ])('sends %j to %j', async (url, expected) => {
    expect(await redirect(url)).toBe(expected);
  });
});
