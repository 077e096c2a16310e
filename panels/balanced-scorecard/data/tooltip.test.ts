import { kpiView } from '../../../tests/factories/scorecardView';
import { tooltipLines } from './tooltip';

describe('tooltipLines', () => {
  // score: 10/3 + (38 - 20) / (45 - 20) · 10/3 = 5.73
  it('lists definition, owner, version, indicator, value against its thresholds and the last update', () => {
    const kpi = {
      ...kpiView({ name: 'NPS', value: 38, target: 45, redFlag: 20, goal: 45 }),
      kpiId: 'customer.nps',
      details: {
        description: 'Promoters minus detractors',
        owner: 'head-of-cs',
        version: 3,
        indicator: 'lagging',
        unit: 'none',
        sample: 120,
        lastUpdate: Date.UTC(2026, 5, 1, 12),
      },
    };
    expect(tooltipLines(kpi, 'utc')).toEqual([
      { label: 'Definition', value: 'Promoters minus detractors' },
      { label: 'Owner', value: 'head-of-cs' },
      { label: 'Version', value: 'v3' },
      { label: 'Indicator', value: 'Lagging' },
      { label: 'Value', value: '38' },
      { label: 'Target', value: '45' },
      { label: 'Goal / red flag', value: '45 / 20, higher is better (from the data)' },
      { label: 'Score', value: '5.7 of 10 (red flag 3.3, goal 6.7)' },
      { label: 'Sample', value: '120' },
      { label: 'Last update', value: '2026-06-01 12:00:00' },
    ]);
  });

  it('leaves out what the KPI does not have', () => {
    expect(tooltipLines(kpiView({ name: 'X', value: null }), 'utc').map((l) => l.label)).toEqual(['Goal / red flag']);
  });
});
