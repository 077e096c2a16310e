import { locationService } from '@grafana/runtime';
import { viewFromSearch, viewToQuery } from './viewState';

describe('view state in the URL', () => {
  it('reads every choice from the query', () => {
    expect(viewFromSearch('?model=m&year=2025&unit=north&minGroup=3&kpi=k.nps&by=region&months=6&value=emea')).toEqual({
      model: 'm',
      year: 2025,
      unit: 'north',
      minGroup: 3,
      kpi: 'k.nps',
      by: 'region',
      months: 6,
      value: 'emea',
    });
  });

  it('falls back to the defaults for missing or invalid values', () => {
    const defaults = { model: '', year: null, unit: '', minGroup: 5, kpi: '', by: 'segment', months: 12, value: '' };
    expect(viewFromSearch('')).toEqual(defaults);
    expect(viewFromSearch('?year=20x5&minGroup=0&by=country&months=3')).toEqual(defaults);
    expect(viewFromSearch('?minGroup=1001').minGroup).toBe(5);
  });

  it('drops empty choices from the URL', () => {
    expect(viewToQuery({ model: 'm', year: null, unit: '' })).toEqual({ model: 'm', year: null, unit: null });
  });

  it('round-trips through the URL', () => {
    locationService.push('/a/scorecard-suite-app/benchmarks?other=kept');
    locationService.partial(viewToQuery({ model: 'm', year: 2024, unit: 'west', minGroup: 7, by: 'channel' }), true);
    const view = viewFromSearch(locationService.getLocation().search);
    expect(view).toMatchObject({ model: 'm', year: 2024, unit: 'west', minGroup: 7, by: 'channel', months: 12 });
    expect(locationService.getSearchObject().other).toBe('kept');
    locationService.partial(viewToQuery({ unit: '' }), true);
    expect(viewFromSearch(locationService.getLocation().search)).toMatchObject({ model: 'm', year: 2024, unit: '' });
  });
});
