import { escalationLabel } from './label';
import { type EscalationMark } from './escalations';

const mark = (partial: Partial<EscalationMark>): EscalationMark => ({
  kpiId: 'nps',
  policyId: 'p',
  kpiName: 'NPS',
  level: 2,
  state: 'open',
  time: Date.UTC(2026, 10, 30, 9, 0),
  timeEnd: null,
  title: '',
  text: '',
  tags: [],
  ...partial,
});

describe('escalationLabel', () => {
  it('says the state, level and since when, in the dashboard time zone', () => {
    expect(escalationLabel(mark({}), 'utc')).toBe('Escalation open: level 2 since 2026-11-30 09:00');
    // Berlin is UTC+1 in November
    expect(escalationLabel(mark({ state: 'acknowledged' }), 'Europe/Berlin')).toBe(
      'Escalation acknowledged: level 2 since 2026-11-30 10:00'
    );
  });

  it('gives a resolved escalation its span, and leaves out an unknown level', () => {
    expect(
      escalationLabel(mark({ state: 'resolved', level: null, timeEnd: Date.UTC(2026, 11, 1, 17, 30) }), 'utc')
    ).toBe('Escalation resolved: from 2026-11-30 09:00 to 2026-12-01 17:30');
  });
});
