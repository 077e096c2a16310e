import { evaluate } from './evaluate';
import { ID, KEY } from './evaluate.expected';
import { at, ceo, day, head, HOUR, notify, policyOf, team, world } from './evaluate.fixtures';
import type { PeriodOutcome } from './types';

const T0 = at('2026-12-02T09:00:00Z');
const churn = (...periods: PeriodOutcome[]) => [{ kpi: 'churn-rate', periods }];
const twoOfThree = { status: 'critical', periods: 2, of: 3 };
const breaching = churn(day('2026-11-30', 'critical'), day('2026-12-01', 'critical'));

describe('evaluate: breach over N of the last M periods', () => {
  it('opens once 2 of the last 3 periods are critical; no-data counts for nothing', () => {
    const w = world(policyOf());
    expect(w.step(T0, churn(day('2026-11-28', 'ok'), day('2026-11-29', 'critical'), day('2026-11-30', 'ok')))).toEqual(
      []
    );
    const noData = [day('2026-11-29', 'critical'), day('2026-11-30', 'no-data'), day('2026-12-01', 'no-data')];
    expect(w.step(T0 + HOUR, churn(day('2026-11-28', 'critical'), ...noData))).toEqual([]);
    const periods = [day('2026-11-28', 'ok'), day('2026-11-29', 'critical'), day('2026-11-30', 'ok')];
    expect(w.step(T0 + 2 * HOUR, churn(...periods, day('2026-12-01', 'critical')))).toEqual([
      {
        type: 'open',
        escalation: ID.A,
        policy: 'churn-watch',
        policyVersion: 3,
        kpi: 'churn-rate',
        breach: {
          condition: twoOfThree,
          periods: [day('2026-11-29', 'critical'), day('2026-12-01', 'critical')],
          through: '2026-12-01',
        },
      },
      notify(ID.A, 'churn-rate', 1, 1, 'opened', [team], KEY.A11),
    ]);
    expect(w.step(T0 + 3 * HOUR, churn(...periods, day('2026-12-01', 'critical')))).toEqual([]);
    expect(w.state().map((e) => [e.id, e.openedAt, e.level])).toEqual([[ID.A, T0 + 2 * HOUR, 1]]);
  });

  it('judges below target on the flag, whatever the status, but never on no-data', () => {
    const w = world(policyOf({ when: { status: 'below-target', periods: 2, of: 3 } }));
    const periods = [
      day('2026-11-30', 'warning', true),
      day('2026-12-01', 'no-data', true),
      day('2026-12-02', 'ok', true),
    ];
    expect(w.step(T0, churn(...periods))).toEqual([
      {
        type: 'open',
        escalation: ID.B,
        policy: 'churn-watch',
        policyVersion: 3,
        kpi: 'churn-rate',
        breach: {
          condition: { status: 'below-target', periods: 2, of: 3 },
          periods: [day('2026-11-30', 'warning', true), day('2026-12-02', 'ok', true)],
          through: '2026-12-02',
        },
      },
      notify(ID.B, 'churn-rate', 1, 1, 'opened', [team], KEY.B11),
    ]);
    const critical = world(policyOf({ when: { status: 'below-target', periods: 1, of: 1 } }));
    expect(critical.step(T0, churn(day('2026-12-01', 'critical', false)))).toEqual([]);
  });
});

describe('evaluate: recovery without flapping', () => {
  it('resolves on 1 ok period by default and does not reopen on the same periods', () => {
    const w = world(policyOf());
    expect(w.step(T0, breaching).map((a) => [a.type, a.escalation])).toEqual([
      ['open', ID.A],
      ['notify', ID.A],
    ]);
    const recovered = [day('2026-11-30', 'critical'), day('2026-12-01', 'critical'), day('2026-12-02', 'ok')];
    expect(w.step(T0 + HOUR, churn(...recovered))).toEqual([
      {
        type: 'resolve',
        escalation: ID.A,
        kpi: 'churn-rate',
        reason: 'recovered',
        periods: [day('2026-12-02', 'ok')],
        through: '2026-12-02',
      },
    ]);
    expect(w.step(T0 + 2 * HOUR, churn(...recovered))).toEqual([]);
    expect(w.step(T0 + 3 * HOUR, churn(...recovered, day('2026-12-03', 'warning')))).toEqual([]);
    const again = [...recovered, day('2026-12-03', 'critical'), day('2026-12-04', 'critical')];
    expect(w.step(T0 + 4 * HOUR, churn(...again)).map((a) => a.type)).toEqual(['open', 'notify']);
    expect(w.state().map((e) => [e.resolvedAt, e.breach.through])).toEqual([
      [T0 + HOUR, '2026-12-01'],
      [undefined, '2026-12-04'],
    ]);
  });

  it('holds a breach of 2 of 3 open through 1 ok period when recovery needs 2 of 3', () => {
    const w = world(policyOf({ recover: { periods: 2, of: 3 } }));
    const periods = [day('2026-11-30', 'critical'), day('2026-12-01', 'critical')];
    expect(w.step(T0, churn(...periods)).map((a) => a.type)).toEqual(['open', 'notify']);
    periods.push(day('2026-12-02', 'ok'));
    expect(w.step(T0 + HOUR, churn(...periods))).toEqual([]);
    periods.push(day('2026-12-03', 'critical'));
    expect(w.step(T0 + 2 * HOUR, churn(...periods))).toEqual([]);
    periods.push(day('2026-12-04', 'no-data'));
    expect(w.step(T0 + 3 * HOUR, churn(...periods))).toEqual([]);
    periods.push(day('2026-12-05', 'warning'));
    expect(w.step(T0 + 4 * HOUR, churn(...periods))).toEqual([]);
    periods.push(day('2026-12-06', 'ok'));
    expect(w.step(T0 + 5 * HOUR, churn(...periods))).toEqual([
      {
        type: 'resolve',
        escalation: ID.A,
        kpi: 'churn-rate',
        reason: 'recovered',
        periods: [day('2026-12-05', 'warning'), day('2026-12-06', 'ok')],
        through: '2026-12-06',
      },
    ]);
  });
});

describe('evaluate: levels, acknowledgement and re-notify', () => {
  const levels = [
    { receivers: ['team'] },
    { wait: '2h', receivers: ['head'] },
    { wait: '3h', receivers: ['ceo', 'head'] },
  ];

  it('notifies each level its wait after the previous one, hour by hour', () => {
    const w = world(policyOf({ levels }));
    expect(w.step(T0, breaching).slice(1)).toEqual([notify(ID.A, 'churn-rate', 1, 1, 'opened', [team], KEY.A11)]);
    expect(w.step(T0 + HOUR, breaching)).toEqual([]);
    expect(w.step(T0 + 2 * HOUR, breaching)).toEqual([notify(ID.A, 'churn-rate', 2, 1, 'escalated', [head], KEY.A21)]);
    expect(w.step(T0 + 3 * HOUR, breaching)).toEqual([]);
    expect(w.step(T0 + 4 * HOUR, breaching)).toEqual([]);
    expect(w.step(T0 + 5 * HOUR, breaching)).toEqual([
      notify(ID.A, 'churn-rate', 3, 1, 'escalated', [ceo, head], KEY.A31),
    ]);
    for (let h = 6; h <= 12; h++) {
      expect(w.step(T0 + h * HOUR, breaching)).toEqual([]);
    }
  });

  it('sends the same key on a retry after a crash and nothing new once the actions are applied', () => {
    const policy = policyOf({ levels });
    const w = world(policy);
    w.step(T0, breaching);
    const input = { policy, kpis: breaching, escalations: w.state(), now: T0 + 2 * HOUR, timeZone: 'UTC' };
    const expected = [notify(ID.A, 'churn-rate', 2, 1, 'escalated', [head], KEY.A21)];
    expect(evaluate(input)).toEqual(expected);
    expect(evaluate(input)).toEqual(expected);
    expect(w.step(T0 + 2 * HOUR, breaching)).toEqual(expected);
    expect(w.step(T0 + 2 * HOUR, breaching)).toEqual([]);
  });

  it('stops notifying once acknowledged, yet resolves on recovery', () => {
    const w = world(policyOf({ levels, renotify: '1h' }));
    expect(w.step(T0, breaching).map((a) => a.type)).toEqual(['open', 'notify']);
    w.ack(ID.A, T0 + 30 * 60_000);
    for (let h = 1; h <= 6; h++) {
      expect(w.step(T0 + h * HOUR, breaching)).toEqual([]);
    }
    const recovered = [day('2026-11-30', 'critical'), day('2026-12-01', 'critical'), day('2026-12-02', 'ok')];
    expect(w.step(T0 + 7 * HOUR, churn(...recovered))).toEqual([
      {
        type: 'resolve',
        escalation: ID.A,
        kpi: 'churn-rate',
        reason: 'recovered',
        periods: [day('2026-12-02', 'ok')],
        through: '2026-12-02',
      },
    ]);
    expect(w.state().map((e) => [e.level, e.acknowledgedAt, e.resolvedAt])).toEqual([
      [1, T0 + 30 * 60_000, T0 + 7 * HOUR],
    ]);
  });

  it('re-notifies the current level every renotify until the next level takes over', () => {
    const w = world(
      policyOf({ levels: levels.slice(0, 1).concat({ wait: '4h', receivers: ['head'] }), renotify: '2h' })
    );
    const steps = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((h) =>
      w.step(T0 + h * HOUR, breaching).filter((a) => a.type !== 'open')
    );
    expect(steps).toEqual([
      [notify(ID.A, 'churn-rate', 1, 1, 'opened', [team], KEY.A11)],
      [],
      [notify(ID.A, 'churn-rate', 1, 2, 'renotify', [team], KEY.A12)],
      [],
      [notify(ID.A, 'churn-rate', 2, 1, 'escalated', [head], KEY.A21)],
      [],
      [notify(ID.A, 'churn-rate', 2, 2, 'renotify', [head], KEY.A22)],
      [],
      [notify(ID.A, 'churn-rate', 2, 3, 'renotify', [head], KEY.A23)],
    ]);
  });
});
