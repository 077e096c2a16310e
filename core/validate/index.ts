export { checkBundle } from './references';
export type { Problem, Path, KnownResource } from './problem';
export { isWarning } from './problem';
export * from './weight-shares';
export { didYouMean } from './suggest';
export { jsonSchemaFiles, schemaFileName, ANY_KIND_SCHEMA_FILE } from './json-schemas';
export type { SchemaFile } from './json-schemas';
