/**
 * What sign-in needs from the environment, read in one place: by the start command (which refuses
 * to start a production server without its secrets) and by next-auth's options at run time.
 */

type Env = Record<string, string | undefined>;

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

/** Set by `npm start` when it runs the embedded demo database (no DATABASE_URL). */
export function isDemoMode(env: Env = process.env): boolean {
  return env.VOORTGANG_DEMO === '1';
}

/**
 * Problems that stop a production server: a missing NEXTAUTH_SECRET (sessions could be forged or
 * would not survive a restart) or NEXTAUTH_URL (sign-in links would point elsewhere). Empty in demo
 * mode, where the start command provides both.
 */
export function productionAuthProblems(env: Env = process.env): string[] {
  if (isDemoMode(env)) return [];
  const problems: string[] = [];
  if (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32) {
    problems.push(
      'NEXTAUTH_SECRET ontbreekt of is korter dan 32 tekens. Maak er een met `openssl rand -base64 32` en zet die in de omgeving.',
    );
  }
  if (!env.NEXTAUTH_URL && !env.AUTH_TRUST_HOST) {
    problems.push('NEXTAUTH_URL ontbreekt: het adres waarop gebruikers de app openen, bijv. https://voortgang.example.nl.');
  }
  return problems;
}

/** The secret that signs session tokens; a clear error when production has none. */
export function authSecret(env: Env = process.env): string {
  if (env.NODE_ENV === 'production') {
    const problems = productionAuthProblems(env);
    if (problems.length > 0) throw new Error(`Aanmelden is niet ingesteld: ${problems.join(' ')}`);
  }
  return env.NEXTAUTH_SECRET ?? 'alleen-voor-ontwikkeling-niet-geheim-alleen-voor-ontwikkeling';
}

/**
 * Session cookies are Secure in production, except in the embedded demo and when the app's own
 * address is plain http on this machine (tests), where browsers would drop them.
 */
export function shouldUseSecureCookies(env: Env = process.env): boolean {
  if (env.NODE_ENV !== 'production' || isDemoMode(env)) return false;
  const url = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : null;
  const loopback = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return !(url?.protocol === 'http:' && loopback);
}

/** A generic OpenID Connect provider (government SSO), when all three variables are set. */
export function oidcSettings(env: Env = process.env): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/$/, ''), clientId, clientSecret, name: env.OIDC_NAME || 'Inloggen met uw organisatieaccount' };
}

/** How long a session lasts after signing in. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
