import { describe, expect, it } from 'vitest';
import { decidePostgres } from '../support/postgres-requirement';

const serverUrl = 'postgresql://postgres@127.0.0.1:1/postgres';

describe('npm test without a reachable Postgres', () => {
  it('fails the run in CI, saying why', () => {
    for (const ci of ['true', '1', 'yes']) {
      expect(decidePostgres({ reachable: false, serverUrl, ci })).toEqual({
        action: 'fail',
        message: `Geen Postgres op ${serverUrl}, en CI=${ci}: in CI moeten de integratietests draaien. Start Postgres of zet TEST_DATABASE_URL; de run faalt.`,
      });
    }
  });

  it('skips the integration tests loudly for a developer', () => {
    for (const ci of [undefined, '', '0', 'false']) {
      expect(decidePostgres({ reachable: false, serverUrl, ci })).toMatchObject({ action: 'skip' });
    }
  });

  it('runs them whenever the server answers', () => {
    expect(decidePostgres({ reachable: true, serverUrl, ci: 'true' })).toEqual({ action: 'run' });
    expect(decidePostgres({ reachable: true, serverUrl, ci: undefined })).toEqual({ action: 'run' });
  });
});
