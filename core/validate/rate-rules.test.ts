import { resourceDocument, type ResourceDocument } from '../schema';
import { rateProblems } from './rate-rules';
import { checkBundle } from './references';

const kpi = (id: string, calculation: object): ResourceDocument =>
  resourceDocument.parse({
    apiVersion: 'scorecard/v1',
    kind: 'KPI',
    metadata: { id },
    spec: {
      name: id,
      perspective: 'customer',
      indicator: 'leading',
      unit: 'percentunit',
      direction: 'higher-is-better',
      target: 0.8,
      thresholds: { redFlag: 0.6, goal: 0.8 },
      owner: 'cx',
      calculation,
    },
  });

const ratio = (id: string, numerator: object, denominator: object, filter?: object) =>
  kpi(id, { measure: { source: 'events', aggregate: 'ratio', numerator, denominator, ...(filter ? { filter } : {}) } });

const source = resourceDocument.parse({
  apiVersion: 'scorecard/v1',
  kind: 'Source',
  metadata: { id: 'events' },
  spec: { engine: 'duckdb' },
});

describe('rateProblems', () => {
  it('warns at the numerator of a ratio that can exceed 100%', () => {
    const completion = ratio('onboarding', { event: 'onboarding_complete' }, { event: 'purchase' });
    expect(rateProblems(completion)).toEqual([
      {
        path: ['spec', 'calculation', 'measure', 'numerator'],
        severity: 'warning',
        message:
          'this rate can exceed 100%: the numerator counts event "onboarding_complete", which the denominator does not include; ' +
          "count the numerator among the denominator's rows (its values are flagged impossible-rate and not scored)",
      },
    ]);
  });

  it('accepts subset ratios, also through the shared filter', () => {
    expect(rateProblems(ratio('churn', { event: 'churn' }, { event: ['renewal', 'churn'] }))).toEqual([]);
    expect(
      rateProblems(ratio('fcr', { value: 1 }, { channel: 'web' }, { event: 'ticket_resolved', channel: 'web' }))
    ).toEqual([]);
  });

  it('ignores other aggregates and calculations', () => {
    expect(
      rateProblems(kpi('n', { measure: { source: 'events', aggregate: 'count', numerator: { event: 'x' } } }))
    ).toEqual([]);
    expect(rateProblems(kpi('m', { manual: {} }))).toEqual([]);
    expect(rateProblems(source)).toEqual([]);
  });

  it('is a warning of checkBundle, with the document it is in', () => {
    const trialToPaid = ratio(
      'trial-to-paid',
      { event: 'purchase' },
      { event: 'trial_start' },
      { channel: ['web', 'app'] }
    );
    expect(checkBundle([source, trialToPaid])).toEqual([
      expect.objectContaining({ doc: 1, severity: 'warning', path: ['spec', 'calculation', 'measure', 'numerator'] }),
    ]);
  });
});
