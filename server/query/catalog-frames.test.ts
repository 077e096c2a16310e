import { type Registry, type VersionRecord } from '../registry/types';
import { kpiDoc } from '../test-support/documents';
import { catalogFrame } from './catalog-frames';
import { grafanaUnit, valueInUnit } from './field-config';

const docs = [
  kpiDoc('customer.churn', { unit: 'percentunit', target: 0.025, thresholds: { redFlag: 0.04, goal: 0.025 } }),
  kpiDoc('financial.cac', { unit: 'currencyUSD', target: 28000, thresholds: { redFlag: 36000, goal: 28000 } }),
  kpiDoc('customer.csat', { unit: 'percent', target: 90, thresholds: { redFlag: 80, goal: 90 } }),
  kpiDoc('customer.nps', { unit: 'score', target: 45, thresholds: { redFlag: 20, goal: 45 } }),
];

function record(doc: (typeof docs)[number]): VersionRecord {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    kind: 'KPI',
    id: doc.metadata.id,
    version: 1,
    parent: null,
    hash: `h-${doc.metadata.id}`,
    document: doc,
    author: 'author',
    message: 'first',
    createdAt: at,
    state: 'approved',
    approver: 'approver',
    decidedAt: at,
    effectiveFrom: at,
  };
}

const registry: Pick<Registry, 'list' | 'get'> = {
  list: async () =>
    docs.map((d) => ({ kind: 'KPI', id: d.metadata.id, latestVersion: 1, approvedVersion: 1, retired: false })),
  get: async (_kind, id) => {
    const doc = docs.find((d) => d.metadata.id === id);
    if (!doc) {
      throw new Error(`no ${id}`);
    }
    return record(doc);
  },
};

describe('catalogFrame', () => {
  it("writes targets and thresholds in each KPI's unit, keeping the numbers hidden from the table", async () => {
    const frame = await catalogFrame(registry, 'C');
    const fields = frame.schema.fields;
    const column = (name: string) => frame.data.values[fields.findIndex((f) => f.name === name)];
    expect(column('targetText')).toEqual(['2.5%', '$28,000', '90%', '45 score']);
    expect(column('redFlagText')).toEqual(['4%', '$36,000', '80%', '20 score']);
    expect(column('goalText')).toEqual(['2.5%', '$28,000', '90%', '45 score']);
    expect(column('target')).toEqual([0.025, 28000, 90, 45]);
    expect(fields.find((f) => f.name === 'target')?.config?.custom).toMatchObject({ hideFrom: { viz: true } });
    expect(fields.find((f) => f.name === 'targetText')?.config?.displayNameFromDS).toBe('target');
  });
});

describe('valueInUnit', () => {
  it('writes a number in full in its unit', () => {
    expect(valueInUnit(0.0725, 'percentunit')).toBe('7.25%');
    expect(valueInUnit(-1500, 'currencyUSD')).toBe('-$1,500');
    expect([valueInUnit(40, 'h'), valueInUnit(1, 'd')]).toEqual(['40 hours', '1 day']);
    expect([valueInUnit(1200, 'short'), valueInUnit(3, 'x'), valueInUnit(null, 'short')]).toEqual([
      '1,200',
      '3 x',
      null,
    ]);
  });
});

describe('grafanaUnit', () => {
  it('gives a percent KPI whose target and thresholds lie within 0..1 as fractions', () => {
    const spec = (unit: string, target: number) => ({
      unit,
      target,
      thresholds: { redFlag: target / 2, goal: target },
    });
    expect(grafanaUnit(spec('percent', 0.85))).toBe('percentunit');
    expect(grafanaUnit(spec('%', 90))).toBe('percent');
    expect(grafanaUnit(spec('percent', 90))).toBe('percent');
    expect(grafanaUnit(spec('currencyUSD', 0.5))).toBe('currencyUSD');
  });
});
