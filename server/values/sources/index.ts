export { StoreSourceResolver, type SourceResolverOptions } from './source-resolver';
export { columnMapper, isCanonicalColumn, type CanonicalColumn } from './columns';
export { quoteIdentifier, quoteTable } from './identifiers';
export { DEFAULT_TIMEOUT_MS, QueryTimeoutError } from './timeout';
