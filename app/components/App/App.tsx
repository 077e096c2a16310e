import { css } from '@emotion/css';
import { type AppRootProps, type GrafanaTheme2 } from '@grafana/data';
import { locationService, PluginPage } from '@grafana/runtime';
import { Tab, TabsBar, useStyles2 } from '@grafana/ui';
import { APP_PAGES } from '../../constants';
import { pageForPath, pathForPage } from '../../data/route';
import { testIds } from '../../testIds';
import { OverviewPage } from '../../pages/OverviewPage';
import { PlannedPage } from '../../pages/PlannedPage';
import { useLocationPath } from './useLocationPath';

export function App(props: AppRootProps) {
  const styles = useStyles2(getStyles);
  const page = pageForPath(useLocationPath());
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
          {page.id === 'overview' ? <OverviewPage meta={props.meta} /> : <PlannedPage page={page} />}
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
