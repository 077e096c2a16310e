// Grafana's TemplateSrv.replace over a lookup: $var, ${var}, ${var.path}, ${var:format}, [[var]], [[var:format]].
import { get } from 'lodash';
import type { VariableInterpolation } from '@grafana/runtime';
import { type FormatVariable, formatValue, type VariableValue } from './formats';

/** A name resolved to its value; customAll is a variable's allValue when All is selected. */
export interface Resolved {
  value: unknown;
  variable: FormatVariable;
  customAll?: string;
}

export type Lookup = (name: string) => Resolved | undefined;

// Grafana's variableRegex (public/app/features/variables/utils.ts).
export const VARIABLE_REGEX = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^\}]+))?(?::([^\}]+))?}/g;

function asVariableValue(value: unknown): VariableValue | null | undefined {
  if (value === null || value === undefined) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? v : String(v)));
  }
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

function evaluate(resolved: Resolved, fieldPath: string | undefined, format: unknown, lookup: Lookup): string {
  const { customAll, variable } = resolved;
  if (customAll !== undefined) {
    if (format === 'text' || format === 'percentencode' || format === 'queryparam') {
      return formatValue(format === 'percentencode' ? customAll : 'All', format, variable);
    }
    // A custom all value (e.g. ".*") is not escaped, only interpolated itself.
    return interpolate(customAll, lookup);
  }
  const value = fieldPath ? get(resolved.value, fieldPath) : resolved.value;
  return formatValue(asVariableValue(value), format, variable);
}

export function interpolate(
  target: string | undefined,
  lookup: Lookup,
  format?: unknown,
  interpolations?: VariableInterpolation[]
): string {
  if (!target) {
    return target ?? '';
  }
  return target.replace(
    new RegExp(VARIABLE_REGEX.source, 'g'),
    (match: string, var1?: string, var2?: string, fmt2?: string, var3?: string, fieldPath?: string, fmt3?: string) => {
      const variableName = var1 ?? var2 ?? var3 ?? '';
      const fmt = fmt2 ?? fmt3 ?? format;
      const resolved = lookup(variableName);
      const value = resolved ? evaluate(resolved, fieldPath, fmt, lookup) : match;
      interpolations?.push({
        match,
        variableName,
        fieldPath,
        format: typeof fmt === 'string' ? fmt : undefined,
        value,
        found: resolved !== undefined,
      });
      return value;
    }
  );
}

export function containsVariable(target: string | undefined): boolean {
  return new RegExp(VARIABLE_REGEX.source).test(target ?? '');
}
