import type { TestProject } from 'vitest/node';
import { createDatabase, dropDatabase, migrate } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One migrated database for the whole integration run, dropped afterwards. */
export default async function setup(project: TestProject) {
  const databaseUrl = await createDatabase('voortgang_test');
  migrate(databaseUrl);
  project.provide('databaseUrl', databaseUrl);
  return async () => {
    await dropDatabase(databaseUrl);
  };
}
