import type { NextConfig } from 'next';
import { securityHeaders } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // On every response: pages, API, static files (lib/http/security-headers.ts).
  async headers() {
    // Pages opened with a one-time link (?token=) send no Referer anywhere, not even to this site.
    const noReferrer = [{ key: 'Referrer-Policy', value: 'no-referrer' }];
    return [
      { source: '/:path*', headers: securityHeaders() },
      // Management pages (a round's concept among them) are for signed-in editors: never indexed.
      { source: '/beheer/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex' }] },
      { source: '/account/activeren', headers: noReferrer },
      { source: '/wachtwoord/herstellen', headers: noReferrer },
    ];
  },
  // Lets two builds run side by side (e.g. a benchmark beside a dev's own build).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  experimental: {
    // Pages rendered on demand stay in memory, not in the build directory: a restart against
    // another (or restored) database must not serve pages rendered from the old one.
    isrFlushToDisk: false,
  },
  // The embedded database, Prisma's driver adapter and the mail queue run on the server only.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', 'pg-boss', 'nodemailer'],
};

export default nextConfig;
