// The preview's list of provisioned dashboards (GET /api/search), each a link to /d/<uid> as in Grafana.
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, LoadingPlaceholder, Stack, Text, useStyles2 } from '@grafana/ui';
import type { ThemeMode } from '../api';
import { searchDashboards } from '../dashboard/model';
import { hostTestIds } from '../testIds';
import { useAsync } from './useAsync';

export function Dashboards({ mode }: { mode: ThemeMode }) {
  const styles = useStyles2(getStyles);
  const state = useAsync(searchDashboards, 'search');
  if (state.status === 'loading') {
    return <LoadingPlaceholder text="Loading dashboards" />;
  }
  if (state.status === 'error') {
    return <Alert title="The provisioned dashboards could not be listed">{state.error.message}</Alert>;
  }
  return (
    <Stack direction="column" gap={1} data-testid={hostTestIds.preview.dashboards}>
      <Text element="h2">Dashboards</Text>
      <Text color="secondary">Provisioned dashboards, rendered with live queries (core panels as stand-ins)</Text>
      {state.value.length === 0 && <Text color="secondary">No dashboard is provisioned.</Text>}
      {state.value.map((d) => (
        <a
          key={d.uid}
          className={styles.link}
          href={`/d/${encodeURIComponent(d.uid)}?theme=${mode}`}
          data-testid={hostTestIds.preview.dashboardLink(d.uid)}
        >
          {d.title}
          {d.tags.length > 0 && <span className={styles.tags}>{d.tags.join(', ')}</span>}
        </a>
      ))}
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({ color: theme.colors.text.link, display: 'flex', gap: theme.spacing(1) }),
  tags: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
