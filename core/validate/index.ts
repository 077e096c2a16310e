export { checkBundle } from './references';
export type { Problem, Path, KnownResource } from './problem';
export { didYouMean } from './suggest';
export { jsonSchemaFiles, schemaFileName, ANY_KIND_SCHEMA_FILE } from './json-schemas';
export type { SchemaFile } from './json-schemas';
