import { z } from 'zod';
import { envelope, governance } from './common';

export const CANONICAL_COLUMNS = [
  'time',
  'customer',
  'event',
  'stage',
  'channel',
  'segment',
  'region',
  'value',
] as const;

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name such as SALES_DB_URL');

export const sourceSpec = z
  .strictObject({
    name: z.string().optional(),
    engine: z.enum(['duckdb', 'postgres']),
    /** Never a literal secret: PostgreSQL by an environment variable holding the URL; DuckDB by file path. */
    connection: z.strictObject({ urlEnv: envName.optional(), path: z.string().min(1).optional() }).optional(),
    table: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, 'a table name, optionally schema-qualified')
      .default('events'),
    /** Canonical column → column of the table, where the names differ. */
    columns: z.partialRecord(z.enum(CANONICAL_COLUMNS), z.string().min(1)).optional(),
    governance: governance.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.engine === 'postgres' && !s.connection?.urlEnv) {
      ctx.addIssue({ code: 'custom', path: ['connection'], message: 'a postgres source needs connection.urlEnv' });
    }
    if (s.engine === 'postgres' && s.connection?.path) {
      ctx.addIssue({ code: 'custom', path: ['connection', 'path'], message: 'path is for duckdb sources' });
    }
    if (s.engine === 'duckdb' && s.connection?.urlEnv) {
      ctx.addIssue({ code: 'custom', path: ['connection', 'urlEnv'], message: 'urlEnv is for postgres sources' });
    }
  });

export const sourceDocument = envelope('Source', sourceSpec);
export type SourceSpec = z.infer<typeof sourceSpec>;
export type SourceDocument = z.infer<typeof sourceDocument>;
