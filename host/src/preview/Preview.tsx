// The `npm start` preview: the app's root page full width, then the provisioned dashboards and the plugin gallery.
import { css } from '@emotion/css';
import type { AppPlugin, GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import type { ThemeMode } from '../api';
import { AppHost, GrafanaRouter } from '../render/AppHost';
import { Dashboards } from './Dashboards';
import { Gallery } from './Gallery';

export function Preview({ app, mode }: { app: AppPlugin; mode: ThemeMode }) {
  const styles = useStyles2(getStyles);
  const other: ThemeMode = mode === 'dark' ? 'light' : 'dark';
  return (
    <GrafanaRouter>
      <div className={styles.page}>
        <Stack justifyContent="space-between" alignItems="center">
          <Text color="secondary">Scorecard Suite preview: built plugins in a Grafana-like host (not Grafana)</Text>
          {/* A full page load: the theme is chosen once, at start-up. */}
          <a
            className={styles.link}
            href={`${window.location.pathname}?theme=${other}`}
          >{`Switch to ${other} theme`}</a>
        </Stack>
        <AppHost plugin={app} />
        <Dashboards mode={mode} />
        <Gallery />
      </div>
    </GrafanaRouter>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({ color: theme.colors.text.link }),
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(3), padding: theme.spacing(2, 3) }),
});
