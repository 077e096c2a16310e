import { isFiltered, listPath, viewFromSearch, viewToQuery } from './filter';

describe('viewFromSearch', () => {
  it('reads the filters and the open escalation', () => {
    expect(viewFromSearch('?state=resolved&kpi=customer.nps&owner=%20ana%20&id=esc-1')).toEqual({
      state: 'resolved',
      kpi: 'customer.nps',
      owner: 'ana',
      id: 'esc-1',
    });
  });

  it('defaults to unresolved, also for an unknown state', () => {
    expect(viewFromSearch('')).toEqual({ state: 'unresolved', kpi: '', owner: '', id: '' });
    expect(viewFromSearch('?state=closed').state).toBe('unresolved');
  });
});

describe('viewToQuery', () => {
  it('drops the default state and empty values from the URL', () => {
    expect(viewToQuery({ state: 'unresolved', kpi: '', owner: 'bo' })).toEqual({ state: null, kpi: null, owner: 'bo' });
    expect(viewToQuery({ state: 'all', id: 'esc-2' })).toEqual({ state: 'all', id: 'esc-2' });
  });
});

describe('listPath', () => {
  it('asks for the state, KPI and owner chosen, newest 200', () => {
    expect(listPath({ state: 'open', kpi: 'a b', owner: 'ana' })).toBe(
      'escalations?state=open&kpi=a+b&owner=ana&limit=200'
    );
  });

  it('asks for every state when All is chosen', () => {
    expect(listPath({ state: 'all', kpi: '', owner: '' }, 10)).toBe('escalations?limit=10');
  });
});

describe('isFiltered', () => {
  it('is false only for the default view', () => {
    expect(isFiltered({ state: 'unresolved', kpi: '', owner: '', id: 'esc-1' })).toBe(false);
    expect(isFiltered({ state: 'all', kpi: '', owner: '', id: '' })).toBe(true);
    expect(isFiltered({ state: 'unresolved', kpi: '', owner: 'ana', id: '' })).toBe(true);
  });
});
