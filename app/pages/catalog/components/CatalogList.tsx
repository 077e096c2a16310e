import { useMemo } from 'react';
import { locationService } from '@grafana/runtime';
import { Alert, EmptyState, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { loadCatalog, loadDuplicates } from '../data/api';
import {
  type CatalogFilters,
  filterChoices,
  filterKpis,
  filtersFromSearch,
  filtersToQuery,
} from '../data/catalogFilters';
import { catalogTestIds } from '../testIds';
import { CatalogFiltersBar } from './CatalogFiltersBar';
import { CatalogTable } from './CatalogTable';
import { Duplicates } from './Duplicates';
import { useLoad } from '../../../components/useLoad';
import { useLocationSearch } from './useLocationSearch';

/** The KPI catalog: search and filters kept in the URL, the table, and possible duplicates. */
export function CatalogList() {
  const [catalog] = useLoad(loadCatalog, []);
  const [duplicates] = useLoad(loadDuplicates, []);
  const search = useLocationSearch();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const onChange = (next: CatalogFilters) => locationService.partial(filtersToQuery(next), true);

  if (catalog.state === 'loading') {
    return <LoadingPlaceholder text="Loading the KPI catalog…" />;
  }
  if (catalog.state === 'error') {
    return (
      <Alert
        data-testid={catalogTestIds.error}
        severity="error"
        title="Could not load the KPI catalog (GET /api/v1/catalog)"
      >
        {catalog.error}
      </Alert>
    );
  }
  const all = catalog.value.kpis;
  const shown = filterKpis(all, filters);
  return (
    <Stack direction="column" gap={2}>
      <CatalogFiltersBar filters={filters} choices={filterChoices(all)} onChange={onChange} />
      <Text color="secondary">
        <span data-testid={catalogTestIds.count}>
          {shown.length} of {all.length} KPIs
        </span>
      </Text>
      {shown.length === 0 ? (
        <div data-testid={catalogTestIds.empty}>
          <EmptyState variant="not-found" message="No KPI matches these filters" />
        </div>
      ) : (
        <CatalogTable kpis={shown} />
      )}
      {duplicates.state === 'done' && <Duplicates duplicates={duplicates.value} kpis={all} />}
      {duplicates.state === 'error' && (
        <Alert severity="warning" title="Could not load possible duplicates (GET /api/v1/kpis/duplicates)">
          {duplicates.error}
        </Alert>
      )}
    </Stack>
  );
}
