import { z } from 'zod';
import { API_VERSION, documentSchemas, Kind, KINDS, resourceDocument } from '../schema';
import { jsonText } from './json-text';

export interface SchemaFile {
  name: string;
  text: string;
}

export const ANY_KIND_SCHEMA_FILE = 'scorecard.schema.json';

/** `FreezeWindow` → `freeze-window.schema.json`; Scorecard's is `scorecard-kind.schema.json`, beside the any-kind file. */
export function schemaFileName(kind: Kind): string {
  const base = kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `${base}${`${base}.schema.json` === ANY_KIND_SCHEMA_FILE ? '-kind' : ''}.schema.json`;
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

// Keys of `properties` keep the schema's field order (apiVersion, kind, metadata, spec); other keys are sorted.
function sortObject(value: object, keepOrder: boolean): Record<string, unknown> {
  const entries = Object.entries(value).map(([k, v]): [string, unknown] => [k, sortKeys(v, k === 'properties')]);
  return Object.fromEntries(keepOrder ? entries : entries.sort(byKey));
}

function sortKeys(value: unknown, keepOrder = false): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => sortKeys(v));
  }
  return value !== null && typeof value === 'object' ? sortObject(value, keepOrder) : value;
}

function schemaFile(name: string, schema: z.ZodType, title: string, description: string): SchemaFile {
  // draft-07: what the YAML language server of editors validates fully.
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-07' });
  const id = `urn:scorecard-suite:${API_VERSION.replace('/', ':')}:${name.replace(/\.schema\.json$/, '')}`;
  return { name, text: jsonText({ $schema, $id: id, title, description, ...sortObject(rest, false) }) };
}

/** The JSON Schema files published under schemas/: one per kind and one for a document of any kind. */
export function jsonSchemaFiles(): SchemaFile[] {
  const perKind = KINDS.map((kind) =>
    schemaFile(
      schemaFileName(kind),
      documentSchemas[kind],
      `Scorecard Suite ${kind}`,
      `A ${kind} document (apiVersion ${API_VERSION}).`
    )
  );
  const anyKind = schemaFile(
    ANY_KIND_SCHEMA_FILE,
    resourceDocument,
    'Scorecard Suite resource',
    `A document of any kind (${KINDS.join(', ')}), apiVersion ${API_VERSION}.`
  );
  return [...perKind, anyKind];
}
