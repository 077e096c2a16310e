import { CoreApp, dateTime } from '@grafana/data';
import { buildPanelRequest } from './request';

const range = {
  from: dateTime(Date.UTC(2026, 0, 1)),
  to: dateTime(Date.UTC(2026, 0, 2)),
  raw: { from: 'now-1d', to: 'now' },
};
const base = {
  requestId: 'Q1',
  dashboardUID: 'd',
  dashboardTitle: 'D',
  panelId: 3,
  panelName: 'P',
  panelPluginId: 'table',
  datasource: { type: 'x', uid: 'ds' },
  range,
  timezone: 'utc',
};

describe('buildPanelRequest', () => {
  test('interval from the range and the point budget, as rangeUtil.calculateInterval rounds it', () => {
    const request = buildPanelRequest({ ...base, targets: [{ refId: 'A' }], maxDataPoints: 1000 });
    // 1 day / 1000 points = 86.4 s, rounded to Grafana's 1m step.
    expect([request.interval, request.intervalMs]).toEqual(['1m', 60000]);
    expect(request.scopedVars).toEqual({
      __interval: { text: '1m', value: '1m' },
      __interval_ms: { text: '60000', value: 60000 },
    });
    expect(request).toMatchObject({
      app: CoreApp.Dashboard,
      maxDataPoints: 1000,
      panelId: 3,
      dashboardUID: 'd',
      rangeRaw: range.raw,
    });
  });

  test('a min interval is a lower limit', () => {
    expect(buildPanelRequest({ ...base, targets: [], maxDataPoints: 1000, minInterval: '1h' }).interval).toBe('1h');
  });

  test('targets get the panel datasource unless they have their own; hidden ones stay, marked', () => {
    const own = { type: 'y', uid: 'other' };
    const request = buildPanelRequest({
      ...base,
      maxDataPoints: 100,
      targets: [{ refId: 'A' }, { refId: 'B', hide: true, datasource: own }],
    });
    expect(request.targets).toEqual([
      { refId: 'A', datasource: base.datasource },
      { refId: 'B', hide: true, datasource: own },
    ]);
  });
});
