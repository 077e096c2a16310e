/** A piece of an SQL template: a bare word, a "quoted" identifier (unquoted text), a string literal or one other character. */
export interface SqlToken {
  kind: 'word' | 'quoted' | 'string' | 'other';
  text: string;
}

/** Text an SQL KPI may not contain because the engines read it in ways a simple scanner cannot follow. */
export class SqlTokenError extends Error {
  override readonly name = 'SqlTokenError';
}

const SPACE = /\s+/y;
const LINE_COMMENT = /--[^\n]*/y;
// not nested: an engine that nests comments only hides more text than this scanner does, never less
const BLOCK_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/y;
const STRING = /'((?:[^']|'')*)'/y;
const QUOTED = /"((?:[^"]|"")*)"/y;
const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
const UNICODE_ESCAPE = /[Uu]&['"]/y;
const DOLLAR_QUOTE = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;

function match(re: RegExp, sql: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(sql);
}

function refuseOddText(sql: string, at: number): void {
  if (match(UNICODE_ESCAPE, sql, at) !== null) {
    throw new SqlTokenError('Unicode escapes (U&"…" or U&\'…\') are not allowed in a KPI query');
  }
  if (match(DOLLAR_QUOTE, sql, at) !== null) {
    throw new SqlTokenError("dollar-quoted strings ($$…$$) are not allowed in a KPI query: use '…'");
  }
}

/**
 * Splits an SQL template the way PostgreSQL and DuckDB do where it matters for safety: comments are
 * dropped, strings and quoted identifiers kept whole. Text the scanner could misread is refused instead:
 * backslashes in strings (E'…' escapes), Unicode escapes and dollar quoting.
 */
export function sqlTokens(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const skipped = match(SPACE, sql, i) ?? match(LINE_COMMENT, sql, i) ?? match(BLOCK_COMMENT, sql, i);
    if (skipped !== null) {
      i += skipped[0].length;
      continue;
    }
    refuseOddText(sql, i);
    const string = match(STRING, sql, i);
    const quoted = string === null ? match(QUOTED, sql, i) : null;
    const word = string === null && quoted === null ? match(WORD, sql, i) : null;
    if (string !== null) {
      if (string[0].includes('\\')) {
        throw new SqlTokenError('backslashes are not allowed in string literals of a KPI query: use chr(92)');
      }
      tokens.push({ kind: 'string', text: (string[1] ?? '').replace(/''/g, "'") });
    } else if (quoted !== null) {
      tokens.push({ kind: 'quoted', text: (quoted[1] ?? '').replace(/""/g, '"') });
    } else if (word !== null) {
      tokens.push({ kind: 'word', text: word[0] });
    } else if (sql[i] === "'" || sql[i] === '"') {
      throw new SqlTokenError(`an unterminated ${sql[i] === "'" ? 'string' : 'quoted identifier'} in a KPI query`);
    } else {
      tokens.push({ kind: 'other', text: sql.charAt(i) });
    }
    i += (string ?? quoted ?? word)?.[0].length ?? 1;
  }
  return tokens;
}
