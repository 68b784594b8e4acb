/**
 * Signs in on a running server through next-auth's own endpoints, as a browser's form does
 * (csrf token, then the credentials callback), and returns the Cookie header of that session.
 */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true' }),
  });
  const session = callback.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!).filter((c) => /session-token=./.test(c));
  if (session.length === 0) throw new Error(`Inloggen als ${email} mislukt (${callback.status})`);
  return [...cookies, ...session].join('; ');
}
