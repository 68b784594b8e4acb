import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds run side by side (e.g. a benchmark beside a dev's own build).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The embedded database and Prisma's driver adapter run on the server only.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg'],
};

export default nextConfig;
