import { type Cycle } from '../../../../core/maturity/api';

export interface Choice<T> {
  options: T[];
  /** The wanted value when it is an option, else the default; null when there are no options. */
  value: T | null;
}

export interface Choices {
  model: Choice<string>;
  year: Choice<number>;
  unit: Choice<string>;
}

const distinct = <T>(values: T[]) => [...new Set(values)];
const pick = <T>(options: T[], wanted: T | null): Choice<T> => ({
  options,
  value: wanted !== null && options.includes(wanted) ? wanted : (options[0] ?? null),
});

/** Models, years (latest first, the default) and units of the released cycles, each narrowed by the choice before. */
export function choicesOf(
  released: ReadonlyArray<Pick<Cycle, 'model' | 'year' | 'unit'>>,
  wanted: { model: string; year: number | null; unit: string }
): Choices {
  const model = pick(distinct(released.map((c) => c.model)).sort(), wanted.model);
  const ofModel = released.filter((c) => c.model === model.value);
  const year = pick(
    distinct(ofModel.map((c) => c.year)).sort((a, b) => b - a),
    wanted.year
  );
  const units = distinct(ofModel.filter((c) => c.year === year.value).map((c) => c.unit)).sort();
  return { model, year, unit: pick(units, wanted.unit) };
}
