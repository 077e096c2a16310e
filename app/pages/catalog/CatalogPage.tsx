import { CatalogList } from './components/CatalogList';
import { KpiPage } from './components/KpiPage';
import { catalogTestIds } from './testIds';

/** The KPI catalog, and a KPI's own page at catalog/<id>. */
export function CatalogPage({ rest }: { rest: string[] }) {
  const id = rest[0];
  return (
    <div data-testid={catalogTestIds.root}>{id === undefined ? <CatalogList /> : <KpiPage id={id} key={id} />}</div>
  );
}
