import { CATALOG } from './fixtures';
import { filterChoices, filterKpis, filtersFromSearch, filtersToQuery, NO_FILTERS } from './catalogFilters';

const ids = (search: string) => filterKpis(CATALOG.kpis, filtersFromSearch(search)).map((k) => k.id);

describe('catalog filters', () => {
  it('reads the URL query, dropping unknown states and indicators', () => {
    expect(filtersFromSearch('?q=nps&state=proposed&state=bogus&perspective=customer&indicator=sideways')).toEqual({
      ...NO_FILTERS,
      q: 'nps',
      state: ['proposed'],
      perspective: ['customer'],
    });
  });

  it('writes empty filters as null so they leave the URL, and round-trips', () => {
    const f = { ...NO_FILTERS, owner: 'cfo', state: ['draft' as const] };
    const query = filtersToQuery(f);
    expect(query).toEqual({
      q: null,
      perspective: null,
      stage: null,
      indicator: null,
      owner: 'cfo',
      label: null,
      state: ['draft'],
    });
    expect(filtersFromSearch('?owner=cfo&state=draft')).toEqual(f);
  });

  it('searches name, id, description and owner, case-insensitively, sorted by name', () => {
    expect(ids('')).toEqual(['customer.nps', 'ops.cycle-time', 'finance.revenue']);
    expect(ids('?q=DETRACTORS')).toEqual(['customer.nps']);
    expect(ids('?q=cfo')).toEqual(['finance.revenue']);
    expect(ids('?q=ops.')).toEqual(['ops.cycle-time']);
  });

  it('applies every filter', () => {
    expect(ids('?perspective=financial&perspective=customer')).toEqual(['customer.nps', 'finance.revenue']);
    expect(ids('?stage=purchase')).toEqual(['ops.cycle-time']);
    expect(ids('?indicator=leading')).toEqual(['ops.cycle-time']);
    expect(ids('?owner=cfo')).toEqual(['finance.revenue']);
    expect(ids('?label=division%3Dus')).toEqual(['ops.cycle-time']);
    expect(ids('?label=division')).toEqual(['customer.nps', 'ops.cycle-time']);
    expect(ids('?state=proposed')).toEqual(['customer.nps']);
    expect(ids('?state=approved&perspective=customer')).toEqual([]);
  });

  it('offers the values the catalog holds', () => {
    expect(filterChoices(CATALOG.kpis)).toEqual({
      perspectives: ['customer', 'financial', 'internal-process'],
      stages: ['advocacy', 'purchase'],
      owners: ['cfo', 'coo', 'head-of-customer-success'],
      labels: ['division=emea', 'division=us'],
    });
  });
});
