/** The Prometheus text exposition format, version 0.0.4. */
export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export type MetricType = 'gauge' | 'counter' | 'untyped';

export interface Sample {
  labels: Readonly<Record<string, string>>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: readonly Sample[];
}

/** A family that cannot be written in the format: a bad name, a duplicate family or a duplicate label set. */
export class ExpositionError extends Error {
  override readonly name = 'ExpositionError';
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Go's ParseFloat reads what JavaScript prints (the shortest text that reads back as the same number). */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (value === Number.POSITIVE_INFINITY) {
    return '+Inf';
  }
  if (value === Number.NEGATIVE_INFINITY) {
    return '-Inf';
  }
  return Object.is(value, -0) ? '-0' : String(value);
}

export const escapeLabelValue = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export const escapeHelp = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type LabelPairs = Array<[string, string]>;

function comparePairs(a: LabelPairs, b: LabelPairs): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [an, av] = a[i] ?? ['', ''];
    const [bn, bv] = b[i] ?? ['', ''];
    const order = byCodeUnits(an, bn) || byCodeUnits(av, bv);
    if (order !== 0) {
      return order;
    }
  }
  return a.length - b.length;
}

function labelPairs(family: string, labels: Readonly<Record<string, string>>): LabelPairs {
  const pairs = Object.entries(labels).sort(([a], [b]) => byCodeUnits(a, b));
  for (const [name] of pairs) {
    if (!LABEL_NAME.test(name) || name.startsWith('__')) {
      throw new ExpositionError(`${family}: label name ${JSON.stringify(name)} is not a valid Prometheus label name`);
    }
  }
  return pairs;
}

function labelText(pairs: LabelPairs): string {
  const labels = pairs.map(([n, v]) => `${n}="${escapeLabelValue(v)}"`).join(',');
  return labels === '' ? '' : `{${labels}}`;
}

function familyLines(family: MetricFamily): string[] {
  if (!METRIC_NAME.test(family.name)) {
    throw new ExpositionError(`metric name ${JSON.stringify(family.name)} is not a valid Prometheus metric name`);
  }
  const samples = family.samples
    .map((s) => ({ pairs: labelPairs(family.name, s.labels), value: s.value }))
    .sort((a, b) => comparePairs(a.pairs, b.pairs));
  const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`];
  samples.forEach((s, i) => {
    const before = samples[i - 1];
    if (before !== undefined && comparePairs(before.pairs, s.pairs) === 0) {
      throw new ExpositionError(`${family.name}: two samples have the labels ${labelText(s.pairs) || '{}'}`);
    }
    lines.push(`${family.name}${labelText(s.pairs)} ${formatValue(s.value)}`);
  });
  return lines;
}

/** The families sorted by name, each with HELP and TYPE before its samples sorted by label name and value. */
export function exposition(families: readonly MetricFamily[]): string {
  const sorted = [...families].sort((a, b) => byCodeUnits(a.name, b.name));
  sorted.forEach((f, i) => {
    if (sorted[i - 1]?.name === f.name) {
      throw new ExpositionError(`metric family ${f.name} is given twice`);
    }
  });
  const lines = sorted.flatMap(familyLines);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
