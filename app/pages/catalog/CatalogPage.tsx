import { PlannedPage } from '../PlannedPage';
import { APP_PAGES } from '../../constants';

/** The KPI catalog, and a KPI's own page at catalog/<id>. */
export function CatalogPage({ rest }: { rest: string[] }) {
  const page = APP_PAGES.find((p) => p.id === 'catalog');
  return page === undefined ? null : <PlannedPage page={page} key={rest.join('/')} />;
}
