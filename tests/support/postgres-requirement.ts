/**
 * Whether `npm test` runs the integration tests. A developer without Postgres gets them skipped,
 * loudly; in CI (`CI` set, as CI services do) a missing server fails the run, so that a broken
 * database setup can never pass as a green build without a single integration test.
 */
export type PostgresDecision = { action: 'run' } | { action: 'skip' | 'fail'; message: string };

export function decidePostgres(options: { reachable: boolean; serverUrl: string; ci: string | undefined }): PostgresDecision {
  if (options.reachable) return { action: 'run' };
  const where = `Geen Postgres op ${options.serverUrl}`;
  if (isCi(options.ci)) {
    return {
      action: 'fail',
      message: `${where}, en CI=${options.ci}: in CI moeten de integratietests draaien. Start Postgres of zet TEST_DATABASE_URL; de run faalt.`,
    };
  }
  return { action: 'skip', message: `${where}: integratietests OVERGESLAGEN; E2E draait op de ingebouwde database.` };
}

function isCi(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
