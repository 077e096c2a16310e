// A provisioned dashboard at /d/<uid> in the preview; ?from=&to= and ?var-name=value work as in Grafana's URLs.
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Alert, LoadingPlaceholder, Stack, Text, useStyles2 } from '@grafana/ui';
import type { ThemeMode } from '../api';
import type { RenderDashboardRequest } from '../apiDashboard';
import { prepareDashboard } from '../dashboard/renderDashboard';
import { DashboardView } from '../render/dashboard/DashboardView';
import { useAsync } from './useAsync';

/** The render request a Grafana dashboard URL stands for. */
export function requestFromUrl(
  uid: string,
  search: URLSearchParams,
  mode: ThemeMode,
  width: number
): RenderDashboardRequest {
  const variables: Record<string, string[]> = {};
  for (const [key, value] of search) {
    if (key.startsWith('var-')) {
      variables[key.slice(4)] = [...(variables[key.slice(4)] ?? []), value];
    }
  }
  const from = search.get('from');
  const to = search.get('to');
  return { uid, theme: mode, width, variables, timeRange: from && to ? { from, to } : undefined };
}

export function DashboardPage({ uid, mode }: { uid: string; mode: ThemeMode }) {
  const styles = useStyles2(getStyles);
  const width = Math.max(800, window.innerWidth - 48);
  const request = requestFromUrl(uid, new URLSearchParams(window.location.search), mode, width);
  const state = useAsync(() => prepareDashboard(request), window.location.href);
  const other: ThemeMode = mode === 'dark' ? 'light' : 'dark';
  return (
    <div className={styles.page}>
      <Stack justifyContent="space-between">
        <a className={styles.link} href={`/?theme=${mode}`}>
          ← Scorecard Suite preview
        </a>
        <Text color="secondary">Grafana-like host (not Grafana): core panels are stand-ins</Text>
        <a className={styles.link} href={`${window.location.pathname}?theme=${other}`}>{`Switch to ${other} theme`}</a>
      </Stack>
      {state.status === 'loading' && <LoadingPlaceholder text={`Loading dashboard ${uid}`} />}
      {state.status === 'error' && (
        <Alert title={`Dashboard ${uid} could not be rendered`}>{state.error.message}</Alert>
      )}
      {state.status === 'done' && <DashboardView {...state.value} />}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), padding: theme.spacing(2, 1) }),
  link: css({ color: theme.colors.text.link }),
});
