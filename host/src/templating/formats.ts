// Grafana's variable formats (scenes formatRegistry): ${var:csv}, ${var:regex}, … and a format function.
import { dateTime, escapeRegex, Registry, type RegistryItem, textUtil } from '@grafana/data';

export type SingleValue = string | number | boolean;
export type VariableValue = SingleValue | SingleValue[];

/** What a format sees of the variable being interpolated. */
export interface FormatVariable {
  name: string;
  type: string;
  multi?: boolean;
  includeAll?: boolean;
  /** The text representation (multi values joined with ' + ', All as 'All'). */
  text?: string;
  /** The URL state of a dashboard variable (['$__all'] for All); scoped values have none. */
  urlValues?: string[];
}

export type DefaultFormatter = (value: unknown, format?: unknown, variable?: unknown) => string;
export type CustomFormatter = (
  value: VariableValue,
  variable: FormatVariable,
  defaultFormatter: DefaultFormatter
) => string;

interface FormatItem extends RegistryItem {
  formatter: (value: VariableValue, args: string[], variable: FormatVariable) => string;
}

// RFC 3986: encodeURIComponent plus the sub-delims ! ' ( ) *.
const strictEncode = (text: string, encode: (s: string) => string = encodeURIComponent) =>
  encode(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const luceneEscape = (v: string) =>
  !isNaN(Number(v)) ? v : v.replace(/([\!\*\+\-\=<>\s\&\|\(\)\[\]\{\}\^\~\?\:\\/"])/g, '\\$1');

const quoted = (quote: string, escaped: string) => (value: VariableValue) => {
  const one = (v: SingleValue) => `${quote}${String(v).split(quote).join(escaped)}${quote}`;
  return Array.isArray(value) ? value.map(one).join(',') : one(value);
};

const sqlString = (value: VariableValue) => {
  const one = (v: SingleValue) => `'${String(v).replace(/'|"/g, (m) => (m === "'" ? "''" : '\\"'))}'`;
  return Array.isArray(value) ? value.map(one).join(',') : one(value);
};

const joined = (separator: string) => (value: VariableValue) =>
  Array.isArray(value) ? value.join(separator) : String(value);

function regex(value: VariableValue): string {
  if (!Array.isArray(value)) {
    return escapeRegex(String(value));
  }
  const escaped = value.map((v) => escapeRegex(String(v)));
  return escaped.length === 1 ? String(escaped[0]) : `(${escaped.join('|')})`;
}

function date(value: VariableValue, args: string[]): string {
  const ms = typeof value === 'number' ? value : parseInt(String(value), 10);
  if (isNaN(ms)) {
    return 'NaN';
  }
  const arg = args[0] ?? 'iso';
  if (arg === 'ms') {
    return String(value);
  }
  if (arg === 'seconds') {
    return String(Math.round(ms / 1000));
  }
  return arg === 'iso' ? dateTime(ms).toISOString() : dateTime(ms).format(args.join(':'));
}

function queryParam(value: VariableValue, variable: FormatVariable): string {
  const values = variable.urlValues ?? (Array.isArray(value) ? value : [value]);
  return values.map((v) => `var-${variable.name}=${strictEncode(String(v))}`).join('&');
}

const items: FormatItem[] = [
  {
    id: 'lucene',
    name: 'Lucene',
    formatter: (v) =>
      Array.isArray(v)
        ? v.length === 0
          ? '__empty__'
          : `(${v.map((x) => `"${luceneEscape(String(x))}"`).join(' OR ')})`
        : luceneEscape(String(v)),
  },
  { id: 'raw', name: 'Raw', formatter: (v) => String(v) },
  { id: 'regex', name: 'Regex', formatter: regex },
  { id: 'pipe', name: 'Pipe', formatter: joined('|') },
  {
    id: 'distributed',
    name: 'Distributed',
    formatter: (v, _, variable) =>
      Array.isArray(v) ? v.map((x, i) => (i === 0 ? String(x) : `${variable.name}=${x}`)).join(',') : String(v),
  },
  { id: 'csv', name: 'CSV', formatter: joined(',') },
  { id: 'html', name: 'HTML', formatter: (v) => textUtil.escapeHtml(Array.isArray(v) ? v.join(', ') : String(v)) },
  { id: 'json', name: 'JSON', formatter: (v) => (typeof v === 'string' ? v : JSON.stringify(v)) },
  {
    id: 'percentencode',
    name: 'Percent encode',
    formatter: (v) => strictEncode(Array.isArray(v) ? `{${v.join(',')}}` : String(v)),
  },
  {
    id: 'uriencode',
    name: 'URI encode',
    formatter: (v) => strictEncode(Array.isArray(v) ? `{${v.join(',')}}` : String(v), encodeURI),
  },
  { id: 'singlequote', name: 'Single quote', formatter: quoted("'", "\\'") },
  { id: 'doublequote', name: 'Double quote', formatter: quoted('"', '\\"') },
  { id: 'sqlstring', name: 'SQL string', formatter: sqlString },
  { id: 'join', name: 'Join', formatter: (v, args) => joined(args[0] ?? ',')(v) },
  { id: 'date', name: 'Date', formatter: date },
  {
    id: 'glob',
    name: 'Glob',
    formatter: (v) => (Array.isArray(v) && v.length > 1 ? `{${v.join(',')}}` : String(v)),
  },
  { id: 'text', name: 'Text', formatter: (v, _, variable) => variable.text ?? String(v) },
  { id: 'queryparam', name: 'Query parameter', formatter: (v, _, variable) => queryParam(v, variable) },
];

export const formatRegistry = new Registry<FormatItem>(() => items);

/** Formats a value as Grafana's formatVariableValue: a format name with ':'-separated args, or a function. */
export function formatValue(
  value: VariableValue | null | undefined,
  format: unknown,
  variable: FormatVariable
): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof format === 'function') {
    const defaultFormatter: DefaultFormatter = (v, f, vr) =>
      formatValue(isVariableValue(v) ? v : String(v), f, isFormatVariable(vr) ? vr : variable);
    return String(format(value, variable, defaultFormatter));
  }
  const [id = 'glob', ...args] = typeof format === 'string' && format !== '' ? format.split(':') : ['glob'];
  // Grafana logs an unknown format and falls back to glob.
  const item = formatRegistry.getIfExists(id) ?? formatRegistry.get('glob');
  return item.formatter(value, args, variable);
}

const isSingle = (v: unknown): v is SingleValue => ['string', 'number', 'boolean'].includes(typeof v);
const isVariableValue = (v: unknown): v is VariableValue => isSingle(v) || (Array.isArray(v) && v.every(isSingle));
const isFormatVariable = (v: unknown): v is FormatVariable =>
  typeof v === 'object' && v !== null && 'name' in v && typeof v.name === 'string' && 'type' in v;
