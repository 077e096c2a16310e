import { kpiStatus } from './status';

describe('kpiStatus', () => {
  it('reads the scorecard and funnel frame words alike', () => {
    expect(kpiStatus('ok')).toEqual({ tone: 'success', icon: 'check-circle' });
    expect(kpiStatus('at-risk')).toEqual({ tone: 'warning', icon: 'exclamation-triangle' });
    expect(kpiStatus('off-track')).toEqual({ tone: 'error', icon: 'times-circle' });
    expect(kpiStatus('no-data')).toEqual({ tone: 'none', icon: 'question-circle' });
  });
});
