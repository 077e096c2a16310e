import {
  applyFieldOverrides,
  createTheme,
  type DataFrame,
  type FieldConfig,
  type FieldConfigSource,
  type FieldType,
  type InterpolateFunction,
  toDataFrame,
} from '@grafana/data';
import { defaultOptions, type Options } from '../options';
import { funnelView } from './funnelView';
import { type FunnelInputError, type FunnelView } from './model';

export const theme = createTheme();

/** Interpolation as far as tests need it: `${__row}` is the row a data link was asked for. */
const rowVariable: InterpolateFunction = (value, scopedVars) =>
  value.replace('${__row}', String(scopedVars?.__dataContext?.value?.rowIndex ?? ''));

type Values = Array<string | number | boolean | null>;

/** A frame from plain columns; a column's type follows its first non-null value. */
export function frame(
  columns: Record<string, Values>,
  extra: {
    meta?: DataFrame['meta'];
    refId?: string;
    name?: string;
    types?: Record<string, FieldType>;
    config?: Record<string, FieldConfig>;
  } = {}
): DataFrame {
  return toDataFrame({
    ...(extra.refId === undefined ? {} : { refId: extra.refId }),
    ...(extra.name === undefined ? {} : { name: extra.name }),
    ...(extra.meta === undefined ? {} : { meta: extra.meta }),
    fields: Object.entries(columns).map(([name, values]) => ({
      name,
      values,
      ...(extra.types?.[name] === undefined ? {} : { type: extra.types[name] }),
      ...(extra.config?.[name] === undefined ? {} : { config: extra.config[name] }),
    })),
  });
}

/** The frames as the panel receives them: field config and overrides applied by Grafana. */
export function applied(frames: DataFrame[], fieldConfig: Partial<FieldConfigSource> = {}): DataFrame[] {
  return applyFieldOverrides({
    data: frames,
    fieldConfig: { defaults: {}, overrides: [], ...fieldConfig },
    replaceVariables: rowVariable,
    theme,
    timeZone: 'utc',
  });
}

/** funnelView of applied frames that must succeed. */
export function view(frames: DataFrame[], options: Partial<Options> = {}, fieldConfig?: Partial<FieldConfigSource>) {
  const result = funnelView(applied(frames, fieldConfig), { ...defaultOptions, ...options }, { theme });
  if ('error' in result) {
    throw new Error(`expected a funnel, got: ${result.error}`);
  }
  return result;
}

/** funnelView of applied frames that must fail. */
export function inputError(frames: DataFrame[], options: Partial<Options> = {}): string {
  const result: FunnelView | FunnelInputError = funnelView(
    applied(frames),
    { ...defaultOptions, ...options },
    { theme }
  );
  if (!('error' in result)) {
    throw new Error('expected an input error, got a funnel');
  }
  return result.error;
}

/** One column of the total funnel's stages. */
export const total = <K extends keyof FunnelView['groups'][number]['stages'][number]>(v: FunnelView, key: K) =>
  (v.groups[0]?.stages ?? []).map((s) => s[key]);
