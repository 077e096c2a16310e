import { type CustomerFunnel, FunnelOutcomes, type FunnelJourney } from '../../core/funnel';
import { approvedRecord } from '../test-support/records';
import { funnelFrame, MAX_BREAKDOWN_VALUES } from './funnel-frames';
import { type JourneyFunnel } from './funnel-engine';
import { journeyDoc } from './testing';

const journey: FunnelJourney = {
  order: 'ordered',
  windowMs: 3_600_000,
  stages: [
    { id: 'a', match: { event: 'a' } },
    { id: 'b', match: { event: 'b' } },
  ],
};
const doc = journeyDoc('j', 'ordered', []);

describe('funnel frame with more breakdown values than it shows', () => {
  it('keeps the 999 values with the most entrants and folds the rest into "other", with a notice', () => {
    // value v0 has 3 customers, v1 … v1000 one each (1,001 values); v0's customers all reach b
    const customers: CustomerFunnel[] = [
      ...[0, 1, 2].map((i) => ({ customer: `z${i}`, level: 2, entry: 0, steps: [0, 1000], breakdown: 'v0', open: 0 })),
      ...Array.from({ length: MAX_BREAKDOWN_VALUES }, (_, i) => ({
        customer: `c${i}`,
        level: 1,
        entry: 0,
        steps: [0],
        breakdown: `v${String(i + 1).padStart(4, '0')}`,
        open: 0,
      })),
    ];
    const group = (value: string, n: number, b: number) => ({
      breakdown: value,
      stages: [
        { stage: 'a', value: n, inProgress: 0, medianTimeToConvert: null, meanTimeToConvert: null },
        {
          stage: 'b',
          value: b,
          inProgress: 0,
          medianTimeToConvert: b > 0 ? 1 : null,
          meanTimeToConvert: b > 0 ? 1 : null,
        },
      ],
    });
    const groups = [group('v0', 3, 3), ...customers.slice(3).map((c) => group(String(c.breakdown), 1, 0))];
    const funnel: JourneyFunnel = {
      record: approvedRecord(doc, { hash: 'h' }),
      doc,
      journey,
      current: { stages: [], groups, outcomes: FunnelOutcomes.of(customers, true, true) },
      previous: null,
      now: 0,
    };
    const frame = funnelFrame(funnel, { refId: 'F', breakdown: 'segment', stageMeta: [] });
    const segments = frame.data.values[0] as string[];
    expect(segments).toHaveLength(2 * MAX_BREAKDOWN_VALUES);
    expect(segments.slice(0, 2)).toEqual(['v0', 'v0']);
    expect(segments.slice(-2)).toEqual(['other', 'other']);
    const values = frame.data.values[frame.schema.fields.findIndex((f) => f.name === 'value')] as number[];
    // 1,001 values: v0 and 998 single ones shown, 2 folded into other
    expect(values.slice(-2)).toEqual([2, 0]);
    expect(frame.schema.meta?.notices?.[0]?.text).toBe(
      '1,001 breakdown values: the 999 with the most entrants are shown, the other 2 (2 customers) as "other"'
    );
  });
});
