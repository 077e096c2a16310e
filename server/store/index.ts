export { openStore, type OpenStoreOptions } from './open-store';
export { type Store, type StoreKind } from './store';
export { parseStoreSpec, redactUrl, DEFAULT_STORE, StoreSpecError, type StoreSpec } from './store-spec';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
export { type SqlDb, type SqlExecutor, type SqlParam, type SqlRow } from './sql';
