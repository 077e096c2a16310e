// The `npm start` preview: the app's root page full width, then the provisioned dashboards and the plugin gallery.
import { css } from '@emotion/css';
import type { AppPlugin, GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import type { ThemeMode } from '../api';
import { GrafanaRouter } from '../render/AppHost';
import { AppRoute } from './AppRoute';
import { Dashboards } from './Dashboards';
import { Gallery } from './Gallery';
import { RoutedThemeSwitch } from './ThemeRoute';
import { UserMenu } from './UserMenu';

export function Preview({ app, mode }: { app: AppPlugin; mode: ThemeMode }) {
  const styles = useStyles2(getStyles);
  return (
    <GrafanaRouter>
      <div className={styles.page}>
        <Stack justifyContent="space-between" alignItems="center">
          <Text color="secondary">Scorecard Suite preview: built plugins in a Grafana-like host (not Grafana)</Text>
          <Stack gap={1} alignItems="center">
            <UserMenu />
            <RoutedThemeSwitch mode={mode} />
          </Stack>
        </Stack>
        <AppRoute app={app} />
        <Dashboards mode={mode} />
        <Gallery />
      </div>
    </GrafanaRouter>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(3), padding: theme.spacing(2, 3) }),
});
