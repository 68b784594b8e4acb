import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers/index';
import { prisma } from '@/lib/db';
import { authSecret, oidcSettings, SESSION_MAX_AGE_SECONDS, shouldUseSecureCookies, type OidcSettings } from '@/lib/auth/auth-environment';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { THROTTLED_ERROR_PREFIX } from '@/lib/auth/sign-in-messages';
import { signInSchema } from '@/lib/validation/sign-in';

let options: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use: the build imports the auth route without any
 * secrets, and a production server without them fails here with a clear message.
 */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    useSecureCookies: shouldUseSecureCookies(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    pages: { signIn: '/inloggen', error: '/inloggen' },
    providers: providers(),
    callbacks: {
      async signIn({ account, user }) {
        if (account?.provider !== 'oidc') return true;
        // SSO only signs in people who already have an account here: roles are given, not taken.
        return (await findActiveUserId(user.email)) !== null || '/inloggen?error=GeenAccount';
      },
      async jwt({ token, user, account }) {
        if (!user || !account) return token;
        const id = account.provider === 'oidc' ? await findActiveUserId(user.email) : Number(user.id);
        return { ...token, sub: String(id), role: (user as { role?: string }).role ?? token.role };
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub, role: token.role } };
      },
    },
  };
  return options;
}

function providers(): Provider[] {
  const credentials = CredentialsProvider({
    id: 'credentials',
    name: 'E-mailadres en wachtwoord',
    credentials: { email: { type: 'email' }, password: { type: 'password' } },
    async authorize(input, request) {
      const parsed = signInSchema.safeParse(input);
      if (!parsed.success) return null;
      const result = await verifyCredentials({ ...parsed.data, ip: clientAddress(request.headers) });
      if (result.ok) return { id: String(result.user.id), name: result.user.name, email: result.user.email, role: result.user.role };
      if (result.reason === 'throttled') throw new Error(`${THROTTLED_ERROR_PREFIX}${result.retryAfterSeconds}`);
      return null;
    },
  });
  const oidc = oidcSettings();
  return oidc ? [credentials, oidcProvider(oidc)] : [credentials];
}

function oidcProvider(settings: OidcSettings): Provider {
  return {
    id: 'oidc',
    name: settings.name,
    type: 'oauth',
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile(profile: { sub: string; email?: string; name?: string }) {
      return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? null };
    },
  };
}

async function findActiveUserId(email: string | null | undefined): Promise<number | null> {
  if (!email) return null;
  const user = await prisma.user.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true } });
  return user?.id ?? null;
}

/**
 * The client's address: the last entry of X-Forwarded-For, which the reverse proxy in front of the
 * app appends (earlier entries are whatever the client sent). Without a proxy, Next fills it in.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const last = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  return last || 'onbekend';
}
