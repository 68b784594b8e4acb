import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import type { Provider } from 'next-auth/providers/index';
import { prisma } from '@/lib/db';
import { authSecret, oidcSettings, SESSION_MAX_AGE_SECONDS, shouldUseSecureCookies } from '@/lib/auth/auth-environment';
import { credentialsProvider } from '@/lib/auth/credentials-provider';
import { endSessions } from '@/lib/auth/end-sessions';
import { findSessionUser } from '@/lib/auth/find-session-user';
import { findActiveUserId, oidcProvider, verifiedEmail } from '@/lib/auth/oidc';
import { safeReturnPath } from '@/lib/auth/return-path';
import { sessionClaimsSchema } from '@/lib/auth/session-claims';

/** Thrown by the jwt callback for a session that has ended; next-auth then answers with no session. */
class SessionEndedError extends Error {}

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
      async signIn({ account, profile }) {
        if (account?.provider !== 'oidc') return true;
        const email = verifiedEmail(profile);
        if (!email) return '/inloggen?error=EmailNietBevestigd';
        // SSO only signs in people who already have an account here: roles are given, not taken.
        return (await findActiveUserId(email)) !== null || '/inloggen?error=GeenAccount';
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          // Signing in: the account, its current session generation, and the moment (the absolute limit).
          const id = account.provider === 'oidc' ? await findActiveUserId(user.email) : Number(user.id);
          const current = id ? await prisma.user.findFirst({ where: { id, active: true }, select: { role: true, sessionGeneration: true } }) : null;
          if (!id || !current) throw new SessionEndedError('Geen actief account.');
          const signedInAt = Math.floor(Date.now() / 1000);
          return { ...token, sub: String(id), role: current.role, generation: current.sessionGeneration, signedInAt };
        }
        // Every later read or renewal: still the same, active account's session, within its lifetime.
        const current = await findSessionUser({ token, now: new Date() });
        if (!current) throw new SessionEndedError('Sessie beëindigd.');
        return { ...token, name: current.name, email: current.email, role: current.role };
      },
      // next-auth's own check lets `/<tab>/evil.example` through; the sign-in page's rule applies here too.
      redirect({ url, baseUrl }) {
        const target = URL.parse(url, baseUrl);
        const sameOrigin = target !== null && target.origin === new URL(baseUrl).origin;
        return `${baseUrl}${sameOrigin ? safeReturnPath(`${target.pathname}${target.search}`, '/') : '/'}`;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, name: token.name, email: token.email, id: token.sub, role: token.role } };
      },
    },
    events: {
      // Signing out ends the account's sessions on every device, copied tokens included.
      async signOut({ token }) {
        const claims = sessionClaimsSchema.safeParse(token);
        if (claims.success) await endSessions(prisma, claims.data.sub);
      },
    },
    logger: {
      error(code, metadata) {
        if (metadata instanceof SessionEndedError) return; // an ended session is no error
        console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.message : metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
  return options;
}

function providers(): Provider[] {
  const oidc = oidcSettings();
  return oidc ? [credentialsProvider(), oidcProvider(oidc)] : [credentialsProvider()];
}
