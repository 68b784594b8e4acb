import 'server-only';
import type { Profile } from 'next-auth';
import type { Provider } from 'next-auth/providers/index';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import type { OidcSettings } from '@/lib/auth/auth-environment';

/**
 * Single sign-on through a generic OpenID Connect provider. It signs in only people who already have
 * an active account here, found by e-mail address, and only by an address the provider says it has
 * verified: anyone can put an unverified address in an SSO profile.
 */

// Some providers send `email_verified` as the string "true".
const verifiedProfileSchema = z.object({
  email: z.string().trim().toLowerCase().min(1),
  email_verified: z.union([z.literal(true), z.literal('true')]),
});

/** The profile's e-mail address when the provider verified it, else null. */
export function verifiedEmail(profile: Profile | undefined): string | null {
  const parsed = verifiedProfileSchema.safeParse(profile);
  return parsed.success ? parsed.data.email : null;
}

export async function findActiveUserId(email: string | null | undefined): Promise<number | null> {
  if (!email) return null;
  const user = await prisma.user.findFirst({ where: { email: email.toLowerCase(), active: true }, select: { id: true } });
  return user?.id ?? null;
}

export function oidcProvider(settings: OidcSettings): Provider {
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
    profile(profile: Profile & { sub: string }) {
      const email = verifiedEmail(profile);
      return { id: profile.sub, email, name: profile.name ?? email };
    },
  };
}
