import {
  type DataFrame,
  type DisplayProcessor,
  type Field,
  FieldType,
  getDisplayProcessor,
  getFieldDisplayName,
  type GrafanaTheme2,
  type LinkModel,
} from '@grafana/data';

/** What reading fields needs besides the frames: the theme and time zone for display processors. */
export interface FieldContext {
  theme: GrafanaTheme2;
  timeZone?: string;
}

/** The field a name picks: by its name or its display name (the field-name picker stores the display name). */
export function findField(frame: DataFrame, name: string): Field | undefined {
  return frame.fields.find((f) => f.name === name) ?? frame.fields.find((f) => getFieldDisplayName(f, frame) === name);
}

/** The fields a frame has, to name in an error. */
export const fieldNames = (frame: DataFrame): string =>
  frame.fields.length === 0 ? 'none' : frame.fields.map((f) => `"${f.name}"`).join(', ');

/** The field's display processor as Grafana set it, else one built from its config like Grafana would. */
export function displayOf(field: Field, ctx: FieldContext): DisplayProcessor {
  return (
    field.display ??
    getDisplayProcessor({ field, theme: ctx.theme, ...(ctx.timeZone === undefined ? {} : { timeZone: ctx.timeZone }) })
  );
}

/** A finite number from a cell, else null (text such as "1,200" is not a count). */
export function numberAt(field: Field | undefined, row: number): number | null {
  const v: unknown = field?.values[row];
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : null;
  }
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) {
    return Number(v);
  }
  return null;
}

/** A cell as text ('' for null). */
export function textAt(field: Field | undefined, row: number): string {
  const v: unknown = field?.values[row];
  return v === null || v === undefined ? '' : String(v);
}

export const isNumeric = (f: Field) => f.type === FieldType.number;

/** The data links of a cell (none when Grafana gave the field no link supplier). */
export const linksAt = (field: Field, row: number): LinkModel[] => field.getLinks?.({ valueRowIndex: row }) ?? [];

/** Null-safe addition: null only when every term is null. */
export function sum(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}
