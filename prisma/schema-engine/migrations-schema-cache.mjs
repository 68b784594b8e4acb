// The wasm engine's evaluateDataLoss and createMigration get no shadow-database factory: they
// reuse the schema of the migrations that devDiagnostic replayed in a shadow database, cached
// per exact list of migrations. devDiagnostic replays only the migrations already applied, so
// once applyMigrations applies pending ones (`migrate dev` after `--create-only`), the list
// misses the cache and the engine fails with "shadow DB must be provided through an external
// factory" (the native engine would make its own shadow database). diagnoseMigrationHistory
// does get the factory and caches the applied list: run it for the now fully applied list first.

const NEEDS_CACHED_SCHEMA = new Set(['evaluateDataLoss', 'createMigration']);
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function createMigrationsSchemaCacheWarmer() {
  let stale = false;
  return {
    async beforeCall(engine, method, params) {
      if (!stale || !NEEDS_CACHED_SCHEMA.has(method) || !params?.migrationsList) return;
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters ?? NO_FILTERS,
      });
      stale = false;
    },
    afterCall(method, result) {
      if (method === 'applyMigrations' && result?.appliedMigrationNames?.length) stale = true;
    },
  };
}
