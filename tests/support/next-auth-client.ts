import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

/**
 * A browser for next-auth's real endpoints (csrf, callback/credentials, session, signout), called
 * through next-auth's own request handler with the app's options: its callbacks, events and
 * credentials check run exactly as behind /api/auth. Keeps the cookies it is given, like a browser.
 */
process.env.NEXTAUTH_URL ??= 'http://localhost:3250';

type Answer = { status: number; body: unknown; setCookies: string[] };

export class NextAuthBrowser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly headers: Record<string, string> = {}) {}

  /** A second browser that starts with a copy of this one's cookies (a copied session token). */
  copy(headers = this.headers): NextAuthBrowser {
    const other = new NextAuthBrowser(headers);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
  }

  async signIn(email: string, password: string): Promise<{ ok: boolean; error: string | null }> {
    const csrfToken = await this.csrfToken();
    const answer = await this.call('POST', ['callback', 'credentials'], { email, password, csrfToken, json: 'true' });
    const url = new URL((answer.body as { url: string }).url);
    const error = url.searchParams.get('error');
    return { ok: error === null && answer.setCookies.some((c) => /session-token=[^;]+/.test(c)), error };
  }

  async session(): Promise<unknown> {
    return (await this.call('GET', ['session'])).body;
  }

  async signOut(): Promise<void> {
    const csrfToken = await this.csrfToken();
    await this.call('POST', ['signout'], { csrfToken, json: 'true' });
  }

  private async csrfToken(): Promise<string> {
    return ((await this.call('GET', ['csrf'])).body as { csrfToken: string }).csrfToken;
  }

  private async call(method: 'GET' | 'POST', path: string[], body?: Record<string, string>): Promise<Answer> {
    const response = new RecordedResponse();
    const handler: (req: object, res: RecordedResponse) => Promise<void> = NextAuth(authOptions());
    await handler(
      { method, query: { nextauth: path }, body: body ?? {}, cookies: Object.fromEntries(this.cookies), headers: { ...this.headers, cookie: this.cookieHeader() } },
      response,
    );
    const setCookies = [response.headers['set-cookie'] ?? []].flat();
    for (const cookie of setCookies) this.keep(cookie);
    return { status: response.statusCode, body: response.body, setCookies };
  }

  private keep(setCookie: string) {
    const [pair = '', ...attributes] = setCookie.split(';');
    const name = pair.slice(0, pair.indexOf('='));
    const value = decodeURIComponent(pair.slice(pair.indexOf('=') + 1));
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
    if (expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** The response object next-auth's request handler writes to. */
class RecordedResponse {
  statusCode = 200;
  headers: Record<string, string | string[]> = {};
  body: unknown;
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  getHeader(name: string) {
    return this.headers[name.toLowerCase()];
  }
  setHeader(name: string, value: string | string[]) {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  json(body: unknown) {
    this.body = body;
    return this;
  }
  send(body: unknown) {
    this.body = body;
    return this;
  }
  end() {
    return this;
  }
}
