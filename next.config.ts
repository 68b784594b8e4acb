import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database and Prisma's driver adapter run on the server only.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg'],
};

export default nextConfig;
