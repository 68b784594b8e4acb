/**
 * Security headers for every response: set by next.config.ts for whatever Next answers, and by
 * the page cache (lib/server/cached-handler.ts) for the pages it answers itself.
 *
 * The CSP allows inline scripts and styles because Next's own bootstrap scripts are inline and a
 * nonce would need a proxy; everything else is restricted to this site, and nobody may frame it.
 */
const contentSecurityPolicy = (development: boolean) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

export function securityHeaders(development = process.env.NODE_ENV === 'development'): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    // Browsers only honour this over https; there it keeps them from ever using plain http.
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  ];
}
