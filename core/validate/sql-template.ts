import { type SqlToken, sqlTokens } from './sql-tokens';

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Words that only statements which write, change settings or reach outside the store use. */
const WRITING_WORDS = new Set(
  words(`alter attach call checkpoint copy create deallocate delete detach drop execute export grant import insert install
   into listen load lock merge notify pragma prepare reset revoke set truncate update upsert vacuum`)
);

/** Functions that read host files or the network, run SQL text, change settings or signal other sessions. */
const REFUSED_FUNCTIONS = new Set(
  words(`glob sniff_csv csv_scan query query_table getenv json_execute_serialized_sql arrow_scan arrow_scan_dumb delta_scan
   load_aws_credentials duckdb_secrets from_substrait set_config current_setting ts_stat pg_stat_file
   pg_terminate_backend pg_cancel_backend pg_reload_conf pg_rotate_logfile pg_promote pg_notify pg_switch_wal
   pg_create_restore_point pg_log_backend_memory_contexts pg_logical_emit_message pg_import_system_collations`)
);
const REFUSED_PREFIXES =
  words(`read_ parquet_ sqlite_ postgres_ mysql_ iceberg_ http_ pg_read_ pg_ls_ pg_file_ lo_ dblink
  query_to_xml cursor_to_xml pg_advisory pg_try_advisory pg_stat_reset pg_replication_ pg_create_ pg_drop_ pg_copy_`);

const isRefusedFunction = (name: string): boolean =>
  REFUSED_FUNCTIONS.has(name) || REFUSED_PREFIXES.some((prefix) => name.startsWith(prefix));

/** The first word after leading parentheses: SELECT or WITH. */
function firstWord(tokens: SqlToken[]): string | undefined {
  return tokens.find((t) => t.kind !== 'other' || t.text !== '(')?.text.toUpperCase();
}

function called(tokens: SqlToken[]): string[] {
  return tokens.flatMap((t, i) =>
    (t.kind === 'word' || t.kind === 'quoted') && tokens[i + 1]?.text === '(' && tokens[i + 1]?.kind === 'other'
      ? [t.text.toLowerCase()]
      : []
  );
}

/**
 * The query of an `sql` KPI without a final `;`, or an Error saying why it is refused: it must be one SELECT
 * (or WITH … SELECT) that only reads, with no statement that writes inside it and no function that reads
 * host files, the network or settings. Any `;` but a final one is refused, even inside a string (write chr(59)).
 */
export function checkSqlTemplate(query: string): string {
  const body = query.trim().replace(/;\s*$/, '').trimEnd();
  if (body.includes(';')) {
    throw new Error('the SQL must be a single statement: ";" may only end it');
  }
  const tokens = sqlTokens(body);
  const first = firstWord(tokens);
  if (first !== 'SELECT' && first !== 'WITH') {
    throw new Error(`the SQL must be a single SELECT or WITH query, not ${first ?? 'empty'}`);
  }
  const writing = tokens.find((t) => t.kind === 'word' && WRITING_WORDS.has(t.text.toLowerCase()));
  if (writing !== undefined) {
    throw new Error(`the SQL must only read: ${writing.text.toUpperCase()} is not allowed in a KPI query`);
  }
  const refused = called(tokens).find(isRefusedFunction);
  if (refused !== undefined) {
    throw new Error(`the SQL may not call ${refused}(): KPI queries cannot read files, the network or settings`);
  }
  return body;
}
