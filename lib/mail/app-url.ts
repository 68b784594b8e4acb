/**
 * The absolute address of a page of the app, for links in e-mail: under NEXTAUTH_URL (the address
 * users open; required with a real database), else the local demo's own address.
 */
export function appUrl(path: `/${string}`, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.NEXTAUTH_URL || `http://localhost:${env.PORT || '3000'}`;
  return new URL(path.slice(1), base.endsWith('/') ? base : `${base}/`).toString();
}
