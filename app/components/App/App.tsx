import { css } from '@emotion/css';
import { type AppRootProps, type GrafanaTheme2 } from '@grafana/data';
import { locationService, PluginPage } from '@grafana/runtime';
import { Tab, TabsBar, useStyles2 } from '@grafana/ui';
import { APP_PAGES } from '../../constants';
import { isUnknownPage, pageForPath, pathForPage, subPath } from '../../data/route';
import { testIds } from '../../testIds';
import { CatalogPage } from '../../pages/catalog/CatalogPage';
import { EscalationsPage } from '../../pages/escalations/EscalationsPage';
import { GovernancePage } from '../../pages/governance/GovernancePage';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { OverviewPage } from '../../pages/overview/OverviewPage';
import { BenchmarksPage } from '../../pages/benchmarks/BenchmarksPage';
import { MaturityPage } from '../../pages/maturity/MaturityPage';
import { useLocationPath } from './useLocationPath';

export function App(props: AppRootProps) {
  const styles = useStyles2(getStyles);
  const path = useLocationPath();
  const page = pageForPath(path);
  const content = () => {
    if (isUnknownPage(path)) {
      return <NotFoundPage path={path} />;
    }
    switch (page.id) {
      case 'overview':
        return <OverviewPage meta={props.meta} />;
      case 'catalog':
        return <CatalogPage rest={subPath(path)} />;
      case 'governance':
        return <GovernancePage />;
      case 'escalations':
        return <EscalationsPage />;
      case 'maturity':
        return <MaturityPage rest={subPath(path)} />;
      case 'benchmarks':
        return <BenchmarksPage />;
      default:
        return <NotFoundPage path={path} />;
    }
  };
  return (
    <PluginPage>
      <div data-testid={testIds.app.root} className={styles.root}>
        <div data-testid={testIds.app.nav}>
          <TabsBar>
            {APP_PAGES.map((p) => (
              <Tab
                key={p.id}
                label={p.title}
                active={p.id === page.id}
                href={pathForPage(p.id)}
                onChangeTab={(e) => {
                  e?.preventDefault();
                  locationService.push(pathForPage(p.id));
                }}
              />
            ))}
          </TabsBar>
        </div>
        <div data-testid={testIds.app.page(page.id)} className={styles.page}>
          {content()}
        </div>
      </div>
    </PluginPage>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  }),
  page: css({ padding: theme.spacing(1, 0) }),
});
