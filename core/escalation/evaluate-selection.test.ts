import { evaluate } from './evaluate';
import { ID, KEY } from './evaluate.expected';
import { at, day, HOUR, notify, policyOf, team, world } from './evaluate.fixtures';
import type { Escalation } from './types';

const T0 = at('2026-12-02T09:00:00Z');
const churnHot = { kpi: 'churn-rate', periods: [day('2026-11-30', 'critical'), day('2026-12-01', 'critical')] };
const npsOk = { kpi: 'nps', periods: [day('2026-11-30', 'ok'), day('2026-12-01', 'ok')] };

describe('evaluate: KPIs of one policy', () => {
  it('keeps one escalation per KPI, each on its own periods', () => {
    const w = world(policyOf());
    expect(w.step(T0, [churnHot, npsOk]).map((a) => [a.type, a.escalation])).toEqual([
      ['open', ID.A],
      ['notify', ID.A],
    ]);
    const nps = { kpi: 'nps', periods: [...npsOk.periods, day('2026-12-02', 'critical')] };
    expect(w.step(T0 + HOUR, [churnHot, nps])).toEqual([]);
    nps.periods.push(day('2026-12-03', 'critical'));
    const opened = w.step(T0 + 2 * HOUR, [churnHot, nps]);
    expect(opened.map((a) => [a.type, a.escalation, a.kpi])).toEqual([
      ['open', ID.N3, 'nps'],
      ['notify', ID.N3, 'nps'],
    ]);
    expect(opened[1]).toEqual(notify(ID.N3, 'nps', 1, 1, 'opened', [team], KEY.N311));
    const churnOk = { kpi: 'churn-rate', periods: [...churnHot.periods, day('2026-12-02', 'ok')] };
    expect(w.step(T0 + 3 * HOUR, [churnOk, nps])).toEqual([
      {
        type: 'resolve',
        escalation: ID.A,
        kpi: 'churn-rate',
        reason: 'recovered',
        periods: [day('2026-12-02', 'ok')],
        through: '2026-12-02',
      },
    ]);
    expect(w.state().map((e) => [e.kpi, e.resolvedAt])).toEqual([
      ['churn-rate', T0 + 3 * HOUR],
      ['nps', undefined],
    ]);
  });

  it('resolves the escalation of a KPI that left the selection, and reopens only on a new period', () => {
    const w = world(policyOf());
    expect(w.step(T0, [churnHot]).map((a) => a.type)).toEqual(['open', 'notify']);
    expect(w.step(T0 + HOUR, [npsOk])).toEqual([
      { type: 'resolve', escalation: ID.A, kpi: 'churn-rate', reason: 'deselected', periods: [] },
    ]);
    expect(w.step(T0 + 2 * HOUR, [churnHot, npsOk])).toEqual([]);
    const later = { kpi: 'churn-rate', periods: [...churnHot.periods, day('2026-12-02', 'critical')] };
    expect(w.step(T0 + 3 * HOUR, [later, npsOk]).map((a) => [a.type, a.escalation])).toEqual([
      ['open', ID.B],
      ['notify', ID.B],
    ]);
  });

  it('does not undo a manual resolution while the periods are the same', () => {
    const policy = policyOf();
    const w = world(policy);
    w.step(T0, [churnHot]);
    const resolved = w.state().map(
      (e): Escalation => ({
        ...e,
        resolvedAt: T0 + HOUR,
        resolution: { reason: 'manual', periods: [], through: '2026-12-01' },
      })
    );
    const input = { policy, kpis: [churnHot], escalations: resolved, now: T0 + 2 * HOUR, timeZone: 'UTC' };
    expect(evaluate(input)).toEqual([]);
  });

  it('ignores escalations of other policies', () => {
    const policy = policyOf();
    const w = world({ ...policy, id: 'other-policy' });
    w.step(T0, [churnHot]);
    const input = { policy, kpis: [churnHot, npsOk], escalations: w.state(), now: T0 + HOUR, timeZone: 'UTC' };
    expect(evaluate(input).map((a) => [a.type, a.escalation])).toEqual([
      ['open', ID.A],
      ['notify', ID.A],
    ]);
  });
});
