import { escalationForKpi, escalationForStage, escalationOf, escalationsByKpi } from './escalations';
import { type PanelAnnotation } from './read';

const HOUR = 3_600_000;
const note = (partial: Partial<PanelAnnotation>): PanelAnnotation => ({
  time: 10 * HOUR,
  timeEnd: null,
  title: '',
  text: '',
  tags: [],
  ...partial,
});
const escalation = (kpi: string, state: string, partial: Partial<PanelAnnotation> = {}) =>
  note({ tags: ['escalation', kpi, 'policy-a', state], title: `${kpi}: escalation level 1 (${state})`, ...partial });
const range = { from: 10 * HOUR, to: 20 * HOUR };

describe('escalationOf', () => {
  it('reads KPI, policy, level, state and the KPI name from the contract tags and title', () => {
    expect(
      escalationOf(
        note({
          tags: ['escalation', 'nps', 'cx-policy', 'acknowledged', 'signup'],
          title: 'Net Promoter Score: escalation level 2 (acknowledged)',
          text: 'Below target',
          timeEnd: null,
        })
      )
    ).toEqual({
      kpiId: 'nps',
      policyId: 'cx-policy',
      kpiName: 'Net Promoter Score',
      level: 2,
      state: 'acknowledged',
      time: 10 * HOUR,
      timeEnd: null,
      title: 'Net Promoter Score: escalation level 2 (acknowledged)',
      text: 'Below target',
      tags: ['escalation', 'nps', 'cx-policy', 'acknowledged', 'signup'],
    });
  });

  it('ignores other annotations and never fails on missing parts', () => {
    expect(escalationOf(note({ tags: ['deploy', 'nps'] }))).toBeNull();
    expect(escalationOf(note({ tags: ['escalation'] }))).toBeNull();
    expect(escalationOf(note({ tags: [] }))).toBeNull();
    // no state tag and no title: unresolved is open, resolved when it has an end
    expect(escalationOf(note({ tags: ['escalation', 'nps'] }))).toMatchObject({
      state: 'open',
      level: null,
      kpiName: null,
      policyId: null,
    });
    expect(escalationOf(note({ tags: ['escalation', 'nps'], timeEnd: 12 * HOUR }))?.state).toBe('resolved');
    expect(
      escalationOf(note({ tags: ['escalation', 'nps'], title: 'NPS: escalation level 3 (acknowledged)' }))
    ).toMatchObject({ state: 'acknowledged', level: 3, kpiName: 'NPS' });
  });
});

describe('escalationsByKpi', () => {
  it('keeps per KPI the latest-opened escalation overlapping the range', () => {
    const marks = escalationsByKpi(
      [
        escalation('nps', 'resolved', { time: 11 * HOUR, timeEnd: 12 * HOUR }),
        escalation('nps', 'open', { time: 15 * HOUR }),
        escalation('csat', 'acknowledged', { time: 2 * HOUR }),
        note({ tags: ['deploy'], time: 16 * HOUR }),
      ],
      range
    );
    expect([...marks.keys()]).toEqual(['nps', 'csat']);
    expect(marks.get('nps')).toMatchObject({ state: 'open', time: 15 * HOUR });
    // opened before the range and still unresolved: it overlaps
    expect(marks.get('csat')).toMatchObject({ state: 'acknowledged', time: 2 * HOUR });
  });

  it('leaves out escalations resolved before the range or opened after it; the range edges count', () => {
    const marks = escalationsByKpi(
      [
        escalation('a', 'resolved', { time: 1 * HOUR, timeEnd: 9 * HOUR }),
        escalation('b', 'open', { time: 21 * HOUR }),
        escalation('c', 'resolved', { time: 1 * HOUR, timeEnd: 10 * HOUR }),
        escalation('d', 'open', { time: 20 * HOUR }),
      ],
      range
    );
    expect([...marks.keys()]).toEqual(['c', 'd']);
  });
});

describe('matching KPIs and stages', () => {
  const marks = escalationsByKpi(
    [
      escalation('nps', 'resolved', {
        time: 11 * HOUR,
        timeEnd: 12 * HOUR,
        title: 'NPS: escalation level 1 (resolved)',
      }),
      escalation('trial-conversion', 'acknowledged', {
        time: 13 * HOUR,
        tags: ['escalation', 'trial-conversion', 'p', 'acknowledged', 'trial'],
      }),
      escalation('paid-conversion', 'open', { time: 12 * HOUR }),
    ],
    range
  );

  it('finds a KPI by id, else by the title name ignoring case', () => {
    expect(escalationForKpi(marks, 'nps', 'whatever')?.kpiId).toBe('nps');
    expect(escalationForKpi(marks, null, 'nps')?.kpiId).toBe('nps');
    expect(escalationForKpi(marks, 'unknown', 'NPS')?.kpiId).toBe('nps');
    expect(escalationForKpi(marks, 'unknown', 'CSAT')).toBeNull();
  });

  it('finds a stage by its id among the tags or by its KPIs, the open one first', () => {
    expect(escalationForStage(marks, 'trial', [])?.kpiId).toBe('trial-conversion');
    expect(escalationForStage(marks, 'trial', ['paid-conversion'])?.kpiId).toBe('paid-conversion');
    expect(escalationForStage(marks, 'visit', ['nps'])?.state).toBe('resolved');
    expect(escalationForStage(marks, 'visit', [])).toBeNull();
  });
});
