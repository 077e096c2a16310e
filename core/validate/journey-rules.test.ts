import { ResourceDocument, resourceDocument } from '../schema';
import { checkBundle } from './references';

const envelope = (kind: string, id: string, spec: object) =>
  resourceDocument.parse({ apiVersion: 'scorecard/v1', kind, metadata: { id }, spec });

const source = envelope('Source', 'events', { engine: 'duckdb' });

const journey = (id: string, order: string, extra: object = {}) =>
  envelope('Journey', id, {
    name: id,
    source: 'events',
    conversionWindow: '30d',
    order,
    stages: [
      { id: 'visit', name: 'Visit', match: { event: 'visit' } },
      { id: 'trial', name: 'Trial', match: { event: 'trial' } },
      { id: 'paid', name: 'Paid', match: { event: 'paid' } },
    ],
    ...extra,
  });

const conversion = (journeyId: string, from: string, to: string): ResourceDocument =>
  envelope('KPI', 'trial-to-paid', {
    name: 'Trial to paid',
    perspective: 'customer',
    indicator: 'leading',
    unit: 'share',
    direction: 'higher-is-better',
    target: 0.2,
    thresholds: { redFlag: 0.1, goal: 0.2 },
    owner: 'growth',
    calculation: { measure: { aggregate: 'conversion', journey: journeyId, from, to } },
  });

const TO = ['spec', 'calculation', 'measure', 'to'];

describe('conversion KPIs', () => {
  it('accepts from and to in the journey order', () => {
    expect(checkBundle([source, journey('signup', 'ordered'), conversion('signup', 'visit', 'paid')])).toEqual([]);
  });

  it('reports an unknown journey at measure.journey, as other unknown references', () => {
    expect(checkBundle([source, journey('signup', 'ordered'), conversion('sigup', 'visit', 'paid')])).toEqual([
      {
        doc: 2,
        path: ['spec', 'calculation', 'measure', 'journey'],
        message: 'unknown Journey "sigup" (did you mean "signup"?)',
      },
    ]);
  });

  it('reports from and to that are no stage of the journey, naming its stages', () => {
    expect(checkBundle([source, journey('signup', 'ordered'), conversion('signup', 'trials', 'won')])).toEqual([
      {
        doc: 2,
        path: ['spec', 'calculation', 'measure', 'from'],
        message: 'journey "signup" has no stage "trials" (did you mean "trial"?); its stages: visit, trial, paid',
      },
      { doc: 2, path: TO, message: 'journey "signup" has no stage "won"; its stages: visit, trial, paid' },
    ]);
  });

  it('refuses to before from in ordered and strict journeys', () => {
    for (const order of ['ordered', 'strict']) {
      expect(checkBundle([source, journey('signup', order), conversion('signup', 'paid', 'trial')])).toEqual([
        {
          doc: 2,
          path: TO,
          message: `stage "trial" comes before "paid" in ${order} journey "signup"; "to" must be a later stage than "from"`,
        },
      ]);
    }
  });

  it('takes any two distinct stages of an unordered journey', () => {
    expect(checkBundle([source, journey('signup', 'unordered'), conversion('signup', 'paid', 'visit')])).toEqual([]);
    expect(checkBundle([source, journey('signup', 'unordered'), conversion('signup', 'paid', 'paid')])).toEqual([
      { doc: 2, path: TO, message: '"to" must be another stage than "from" ("paid")' },
    ]);
  });

  it('checks against a known journey, its order only when known', () => {
    const stages = ['visit', 'trial', 'paid'];
    const backwards = conversion('signup', 'paid', 'visit');
    expect(checkBundle([backwards], [{ kind: 'Journey', id: 'signup', stages }])).toEqual([]);
    expect(checkBundle([backwards], [{ kind: 'Journey', id: 'signup', stages, order: 'strict' }])).toEqual([
      {
        doc: 0,
        path: TO,
        message: 'stage "visit" comes before "paid" in strict journey "signup"; "to" must be a later stage than "from"',
      },
    ]);
    expect(checkBundle([conversion('signup', 'visit', 'won')], [{ kind: 'Journey', id: 'signup', stages }])).toEqual([
      { doc: 0, path: TO, message: 'journey "signup" has no stage "won"; its stages: visit, trial, paid' },
    ]);
  });
});

describe('journey columns', () => {
  it('reports match and exclude filters naming columns that are not canonical', () => {
    const doc = envelope('Journey', 'signup', {
      name: 'Signup',
      source: 'events',
      conversionWindow: '30d',
      order: 'ordered',
      stages: [
        { id: 'trial', name: 'Trial', match: { event: 'trial', chanel: 'web' } },
        { id: 'paid', name: 'Paid', match: { event: 'paid' } },
      ],
      exclude: [{ event: 'refund' }, { product: 'legacy' }],
      holdConstant: ['segment'],
    });
    const columns = 'time, customer, event, stage, channel, segment, region, value';
    expect(checkBundle([source, doc])).toEqual([
      {
        doc: 1,
        path: ['spec', 'stages', 0, 'match', 'chanel'],
        message: `unknown column "chanel" (did you mean "channel"?): use one of ${columns}`,
      },
      { doc: 1, path: ['spec', 'exclude', 1, 'product'], message: `unknown column "product": use one of ${columns}` },
    ]);
  });
});
