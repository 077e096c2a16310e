import { ID, KEY } from './evaluate.expected';
import { at, day, head, notify, policyOf, team, world } from './evaluate.fixtures';

const levels = [{ receivers: ['team'] }, { wait: '2h', receivers: ['head'] }];
const night = { from: '22:00', to: '06:00' };
const breaching = (kpi: string, ...days: string[]) => ({ kpi, periods: days.map((d) => day(d, 'critical')) });
const fine = (kpi: string, ...days: string[]) => ({ kpi, periods: days.map((d) => day(d, 'ok')) });

describe('evaluate: quiet hours', () => {
  it('holds notifications, not openings, across midnight and sends them when the window ends', () => {
    const w = world(policyOf({ levels, quietHours: night }));
    const churn = breaching('churn-rate', '2026-11-30', '2026-12-01');
    const calmNps = fine('nps', '2026-11-30', '2026-12-01');
    const hotNps = breaching('nps', '2026-11-30', '2026-12-01');
    expect(w.step(at('2026-12-02T21:00:00Z'), [churn, calmNps]).slice(1)).toEqual([
      notify(ID.A, 'churn-rate', 1, 1, 'opened', [team], KEY.A11),
    ]);
    expect(w.step(at('2026-12-02T22:00:00Z'), [churn, calmNps])).toEqual([]);
    const until = at('2026-12-03T06:00:00Z');
    expect(w.step(at('2026-12-02T23:00:00Z'), [churn, hotNps])).toEqual([
      { type: 'defer', escalation: ID.A, kpi: 'churn-rate', level: 2, reason: 'escalated', until },
      {
        type: 'open',
        escalation: ID.N,
        policy: 'churn-watch',
        policyVersion: 3,
        kpi: 'nps',
        breach: {
          condition: { status: 'critical', periods: 2, of: 3 },
          periods: hotNps.periods,
          through: '2026-12-01',
        },
      },
      { type: 'defer', escalation: ID.N, kpi: 'nps', level: 1, reason: 'opened', until },
    ]);
    for (const hour of ['00', '01', '02', '03', '04', '05']) {
      expect(w.step(at(`2026-12-03T${hour}:00:00Z`), [churn, hotNps])).toEqual([]);
    }
    expect(w.step(at('2026-12-03T06:00:00Z'), [churn, hotNps])).toEqual([
      notify(ID.A, 'churn-rate', 2, 1, 'escalated', [head], KEY.A21),
      notify(ID.N, 'nps', 1, 1, 'opened', [team], KEY.N11),
    ]);
    expect(w.step(at('2026-12-03T07:00:00Z'), [churn, hotNps])).toEqual([]);
    // the wait runs from when level 1 was really notified
    expect(w.step(at('2026-12-03T08:00:00Z'), [churn, hotNps])).toEqual([
      notify(ID.N, 'nps', 2, 1, 'escalated', [head], KEY.N21),
    ]);
  });

  it('still resolves during quiet hours and drops the held notification', () => {
    const w = world(policyOf({ levels, quietHours: night }));
    w.step(at('2026-12-02T21:00:00Z'), [breaching('churn-rate', '2026-11-30', '2026-12-01')]);
    expect(w.step(at('2026-12-02T23:00:00Z'), [breaching('churn-rate', '2026-11-30', '2026-12-01')])).toEqual([
      {
        type: 'defer',
        escalation: ID.A,
        kpi: 'churn-rate',
        level: 2,
        reason: 'escalated',
        until: at('2026-12-03T06:00:00Z'),
      },
    ]);
    const recovered = { kpi: 'churn-rate', periods: [day('2026-12-01', 'critical'), day('2026-12-02', 'ok')] };
    expect(w.step(at('2026-12-03T01:00:00Z'), [recovered])).toEqual([
      {
        type: 'resolve',
        escalation: ID.A,
        kpi: 'churn-rate',
        reason: 'recovered',
        periods: [day('2026-12-02', 'ok')],
        through: '2026-12-02',
      },
    ]);
    expect(w.step(at('2026-12-03T06:00:00Z'), [recovered])).toEqual([]);
    expect(w.state()[0]?.deferred).toBeUndefined();
  });

  it('ends the window at 06:00 local on the night Berlin springs forward (04:00Z, not 05:00Z)', () => {
    const w = world(policyOf({ levels, quietHours: night }), 'Europe/Berlin');
    const churn = [breaching('churn-rate', '2026-03-26', '2026-03-27')];
    // 21:00 CET
    expect(w.step(at('2026-03-28T20:00:00Z'), churn).slice(1)).toEqual([
      notify(ID.M, 'churn-rate', 1, 1, 'opened', [team], KEY.M11),
    ]);
    expect(w.step(at('2026-03-28T21:00:00Z'), churn)).toEqual([]);
    expect(w.step(at('2026-03-28T22:00:00Z'), churn)).toEqual([
      {
        type: 'defer',
        escalation: ID.M,
        kpi: 'churn-rate',
        level: 2,
        reason: 'escalated',
        until: at('2026-03-29T04:00:00Z'),
      },
    ]);
    for (const hour of ['2026-03-28T23', '2026-03-29T00', '2026-03-29T01', '2026-03-29T02', '2026-03-29T03']) {
      expect(w.step(at(`${hour}:00:00Z`), churn)).toEqual([]);
    }
    expect(w.step(at('2026-03-29T04:00:00Z'), churn)).toEqual([
      notify(ID.M, 'churn-rate', 2, 1, 'escalated', [head], KEY.M21),
    ]);
  });
});
