import { checkSqlTemplate } from '../../../core/validate/sql-template';
import { type SqlParam } from '../../store/sql';

export interface MacroValues {
  from: number;
  to: number;
  intervalMs: number;
}

export interface BoundQuery {
  sql: string;
  params: SqlParam[];
}

/** Each macro becomes a typed parameter; the value never enters the SQL text. */
const MACROS: Record<string, { cast: string; value: (v: MacroValues) => SqlParam }> = {
  timeFrom: { cast: 'TIMESTAMPTZ', value: (v) => new Date(v.from).toISOString() },
  timeTo: { cast: 'TIMESTAMPTZ', value: (v) => new Date(v.to).toISOString() },
  interval: { cast: 'INTERVAL', value: (v) => `${v.intervalMs} milliseconds` },
  interval_ms: { cast: 'BIGINT', value: (v) => v.intervalMs },
};

// string literals, quoted identifiers and comments: macros inside them are left alone
const SKIPPED = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//y;
const DOLLAR = /\$(__[A-Za-z_]+|[0-9]+)?/y;

/** One SELECT/WITH query that only reads (see checkSqlTemplate), without its final `;`. */
export function checkSingleSelect(query: string): string {
  return checkSqlTemplate(query);
}

/** Replaces $__timeFrom, $__timeTo, $__interval (INTERVAL) and $__interval_ms (BIGINT) with parameters. */
export function bindMacros(query: string, values: MacroValues): BoundQuery {
  const sql = checkSingleSelect(query);
  const params: SqlParam[] = [];
  const numbers = new Map<string, string>();
  let out = '';
  let i = 0;
  while (i < sql.length) {
    SKIPPED.lastIndex = i;
    DOLLAR.lastIndex = i;
    const skipped = SKIPPED.exec(sql);
    const dollar = skipped === null ? DOLLAR.exec(sql) : null;
    if (skipped !== null) {
      out += skipped[0];
      i += skipped[0].length;
    } else if (dollar?.[1] !== undefined) {
      out += placeholder(dollar[1], values, params, numbers);
      i += dollar[0].length;
    } else {
      out += sql.charAt(i);
      i += 1;
    }
  }
  return { sql: out, params };
}

function placeholder(token: string, values: MacroValues, params: SqlParam[], numbers: Map<string, string>): string {
  const name = token.slice(2);
  const macro = token.startsWith('__') ? MACROS[name] : undefined;
  if (macro === undefined) {
    throw new Error(
      token.startsWith('__')
        ? `unknown macro $${token}: use $__timeFrom, $__timeTo, $__interval or $__interval_ms`
        : `positional parameters such as $${token} are not allowed: use $__timeFrom, $__timeTo, $__interval or $__interval_ms`
    );
  }
  let ref = numbers.get(name);
  if (ref === undefined) {
    params.push(macro.value(values));
    ref = `CAST($${params.length} AS ${macro.cast})`;
    numbers.set(name, ref);
  }
  return ref;
}
