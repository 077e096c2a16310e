import { cyclePath, maturityView, reportPath } from './route';

describe('maturityView', () => {
  it('reads the cycles, a cycle, a tab and the report from the path after /maturity', () => {
    expect(maturityView([])).toEqual({ view: 'cycles' });
    expect(maturityView(['smb-2026'])).toEqual({ view: 'cycle', id: 'smb-2026', tab: undefined });
    expect(maturityView(['smb-2026', 'calibration'])).toEqual({ view: 'cycle', id: 'smb-2026', tab: 'calibration' });
    expect(maturityView(['smb-2026', 'report'])).toEqual({ view: 'report', id: 'smb-2026' });
  });

  it('names nothing for an unknown tab or a longer path', () => {
    expect(maturityView(['smb-2026', 'scores'])).toEqual({ view: 'unknown' });
    expect(maturityView(['smb-2026', 'results', 'x'])).toEqual({ view: 'unknown' });
  });

  it('builds the paths it reads, encoding the id', () => {
    expect(cyclePath('a b', 'assess')).toBe('/a/scorecard-suite-app/maturity/a%20b/assess');
    expect(cyclePath('smb-2026')).toBe('/a/scorecard-suite-app/maturity/smb-2026');
    expect(reportPath('smb-2026')).toBe('/a/scorecard-suite-app/maturity/smb-2026/report');
  });
});
