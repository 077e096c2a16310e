import { escapeHelp, escapeLabelValue, exposition, formatValue, type MetricFamily } from './exposition';
import { parseExposition } from './testing';

const gauge = (name: string, samples: MetricFamily['samples'], help = `About ${name}.`): MetricFamily => ({
  name,
  help,
  type: 'gauge',
  samples,
});

describe('formatValue', () => {
  it('prints integers, fractions and exponents so they read back as the same number', () => {
    expect(formatValue(3)).toBe('3');
    expect(formatValue(-12.5)).toBe('-12.5');
    expect(formatValue(10 / 3)).toBe('3.3333333333333335');
    expect(formatValue(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatValue(1e21)).toBe('1e+21');
    expect(formatValue(5e-7)).toBe('5e-7');
    expect(formatValue(Number.MAX_SAFE_INTEGER + 2)).toBe('9007199254740992');
  });

  it('writes NaN, +Inf, -Inf and negative zero as Prometheus reads them', () => {
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('+Inf');
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('-Inf');
    expect(formatValue(-0)).toBe('-0');
    expect(formatValue(0)).toBe('0');
  });
});

describe('escaping', () => {
  it('escapes backslash, double quote and newline in label values', () => {
    expect(escapeLabelValue('a\\b "c"\nd')).toBe('a\\\\b \\"c\\"\\nd');
    expect(escapeLabelValue('plain, ünïcode = ok')).toBe('plain, ünïcode = ok');
  });

  it('escapes backslash and newline in HELP but leaves double quotes', () => {
    expect(escapeHelp('a\\b "c"\nd')).toBe('a\\\\b "c"\\nd');
  });
});

describe('exposition', () => {
  it('groups families by name with HELP and TYPE first and samples sorted by label names and values', () => {
    const text = exposition([
      gauge('zeta', [{ labels: {}, value: 1 }]),
      gauge('alpha', [
        { labels: { scorecard: 'b', kpi: 'x' }, value: 2 },
        { labels: { kpi: 'y', scorecard: 'a' }, value: 0.25 },
        { labels: { scorecard: 'a', kpi: 'x' }, value: Number.NaN },
        { labels: { kpi: 'x' }, value: Number.NEGATIVE_INFINITY },
      ]),
      { name: 'beta_total', help: 'Counted.', type: 'counter', samples: [] },
    ]);
    expect(text).toBe(
      [
        '# HELP alpha About alpha.',
        '# TYPE alpha gauge',
        'alpha{kpi="x"} -Inf',
        'alpha{kpi="x",scorecard="a"} NaN',
        'alpha{kpi="x",scorecard="b"} 2',
        'alpha{kpi="y",scorecard="a"} 0.25',
        '# HELP beta_total Counted.',
        '# TYPE beta_total counter',
        '# HELP zeta About zeta.',
        '# TYPE zeta gauge',
        'zeta 1',
        '',
      ].join('\n')
    );
  });

  it('writes escaped label values and HELP text', () => {
    const text = exposition([
      gauge('m', [{ labels: { unit: '"%"', note: 'C:\\tmp\nnext' }, value: 1.5 }], 'Line one\nwith \\ and "quotes".'),
    ]);
    expect(text).toBe(
      [
        '# HELP m Line one\\nwith \\\\ and "quotes".',
        '# TYPE m gauge',
        'm{note="C:\\\\tmp\\nnext",unit="\\"%\\""} 1.5',
        '',
      ].join('\n')
    );
  });

  it('sorts by code units, independent of the order samples and families come in', () => {
    const samples = [
      { labels: { kpi: 'a.b' }, value: 1 },
      { labels: { kpi: 'B' }, value: 2 },
      { labels: { kpi: 'a' }, value: 3 },
    ];
    const text = exposition([gauge('m', samples)]);
    expect(text).toBe(
      ['# HELP m About m.', '# TYPE m gauge', 'm{kpi="B"} 2', 'm{kpi="a"} 3', 'm{kpi="a.b"} 1', ''].join('\n')
    );
    expect(exposition([gauge('m', [...samples].reverse())])).toBe(text);
  });

  it('is empty for no families', () => {
    expect(exposition([])).toBe('');
  });

  it('refuses bad metric and label names, a family given twice and samples with the same labels', () => {
    expect(() => exposition([gauge('1bad', [])])).toThrow('metric name "1bad" is not a valid Prometheus metric name');
    expect(() => exposition([gauge('m', [{ labels: { 'a-b': 'x' }, value: 1 }])])).toThrow(
      'm: label name "a-b" is not a valid Prometheus label name'
    );
    expect(() => exposition([gauge('m', [{ labels: { __name__: 'x' }, value: 1 }])])).toThrow(
      'm: label name "__name__" is not a valid Prometheus label name'
    );
    expect(() => exposition([gauge('m', []), gauge('m', [])])).toThrow('metric family m is given twice');
    const twice = [
      { labels: { a: '1', b: '2' }, value: 1 },
      { labels: { b: '2', a: '1' }, value: 2 },
    ];
    expect(() => exposition([gauge('m', twice)])).toThrow('m: two samples have the labels {a="1",b="2"}');
    expect(() =>
      exposition([
        gauge('m', [
          { labels: {}, value: 1 },
          { labels: {}, value: 2 },
        ]),
      ])
    ).toThrow('m: two samples have the labels {}');
  });
});

describe('parseExposition (the tests’ line-by-line check)', () => {
  it('reads back what exposition writes, escapes included', () => {
    const text = exposition([
      gauge('m', [{ labels: { owner: 'ops "lead"\\x\nz', level: '2' }, value: -1.5e-7 }]),
      gauge('n', [{ labels: {}, value: Number.POSITIVE_INFINITY }]),
    ]);
    const families = parseExposition(text);
    expect(families.get('m')).toEqual({
      help: 'About m.',
      type: 'gauge',
      samples: [{ labels: { level: '2', owner: 'ops "lead"\\x\nz' }, value: -1.5e-7 }],
    });
    expect(families.get('n')?.samples).toEqual([{ labels: {}, value: Number.POSITIVE_INFINITY }]);
  });

  it('refuses samples without HELP and TYPE before them, metadata twice, bad lines and a missing newline', () => {
    const ok = '# HELP m M.\n# TYPE m gauge\nm 1\n';
    expect(() => parseExposition(ok)).not.toThrow();
    expect(() => parseExposition('# TYPE m gauge\nm 1\n')).toThrow('line 2: sample of m without its HELP and TYPE');
    expect(() => parseExposition(`${ok}# HELP m again\n`)).toThrow('line 4: HELP of m again or after its samples');
    expect(() => parseExposition('# HELP m M.\n# TYPE m gauge\n# TYPE m gauge\n')).toThrow('line 3: TYPE of m');
    expect(() => parseExposition(`${ok}# HELP n N.\n# TYPE n gauge\nm 2\n`)).toThrow('line 6: sample of m');
    expect(() => parseExposition('# HELP m M.\n# TYPE m gauge\nm{a="x} 1\n')).toThrow('label a has no closing quote');
    expect(() => parseExposition('# HELP m M.\n# TYPE m gauge\nm{a="x" b="y"} 1\n')).toThrow('separated by commas');
    expect(() => parseExposition('# HELP m M.\n# TYPE m gauge\nm one\n')).toThrow('"one" is not a sample value');
    expect(() => parseExposition('m  1\n')).toThrow('line 1: not a HELP, TYPE or sample line');
    expect(() => parseExposition(ok.trimEnd())).toThrow('the text must end with a newline');
  });
});
