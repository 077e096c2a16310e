// A provisioned dashboard at /d/<uid> in the preview: time range, time zone and variables live in the URL, as in Grafana.
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, Stack, Text, useStyles2 } from '@grafana/ui';
import { useState } from 'react';
import type { ThemeMode } from '../api';
import type { RenderDashboardRequest } from '../apiDashboard';
import { prepareDashboard } from '../dashboard/renderDashboard';
import { parseDashboardSearch, toSearch, withTimeRange, withTimezone, withVariable } from '../dashboard/urlState';
import { dependentsOf } from '../dashboard/variablePicks';
import { DashboardView } from '../render/dashboard/DashboardView';
import { TimeControls } from '../render/dashboard/TimeControls';
import { VariablePickers } from '../render/dashboard/VariablePickers';
import { asError, isNotFound } from './errors';
import { DashboardNotFound } from './NotFound';
import { ThemeSwitch } from './ThemeSwitch';
import { useAsync } from './useAsync';
import { useLocationState } from './useLocationState';

class DashboardNotFoundError extends Error {}

type Prepared = Awaited<ReturnType<typeof prepareDashboard>>;

// One dashboard at a time: preparing sets the shared TemplateSrv's variables.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function load(request: RenderDashboardRequest, timezone: string | undefined): Promise<Prepared> {
  try {
    return await prepareDashboard(request, timezone);
  } catch (cause) {
    throw isNotFound(cause) ? new DashboardNotFoundError(request.uid) : asError(cause);
  }
}

export function DashboardPage({ uid, mode }: { uid: string; mode: ThemeMode }) {
  const styles = useStyles2(getStyles);
  const { pathname, search } = useLocationState();
  const [runs, setRuns] = useState(0);
  const params = new URLSearchParams(search);
  const url = parseDashboardSearch(params);
  const width = Math.max(800, window.innerWidth - 48);
  const request = { uid, theme: mode, width, variables: url.variables, timeRange: url.timeRange };
  const state = useAsync(() => serial(() => load(request, url.timezone)), `${uid}${search}#${runs}`);
  const go = (next: URLSearchParams) => locationService.push(`${pathname}${toSearch(next)}`);
  // The last rendered dashboard stays, with its pickers, while the next one loads.
  const page = state.status === 'done' ? state.value : state.status === 'loading' ? state.previous : undefined;
  return (
    <div className={styles.page}>
      <Stack justifyContent="space-between">
        <a className={styles.link} href={`/?theme=${mode}`}>
          ← Scorecard Suite preview
        </a>
        <Text color="secondary">Grafana-like host (not Grafana): core panels are stand-ins</Text>
        <ThemeSwitch mode={mode} pathname={pathname} search={search} />
      </Stack>
      {state.status === 'error' && state.error instanceof DashboardNotFoundError && (
        <DashboardNotFound uid={uid} mode={mode} />
      )}
      {state.status === 'error' && !(state.error instanceof DashboardNotFoundError) && (
        <Alert title={`Dashboard ${uid} could not be rendered`}>{state.error.message}</Alert>
      )}
      {state.status === 'loading' && !page && <LoadingPlaceholder text={`Loading dashboard ${uid}`} />}
      {state.status !== 'error' && page && (
        <DashboardView
          {...page}
          toolbar={{
            time: (
              <TimeControls
                range={page.range}
                timezone={page.timezone}
                loading={state.status === 'loading'}
                onRange={(range) => go(withTimeRange(params, range))}
                onTimezone={(timezone) => go(withTimezone(params, timezone))}
                onRefresh={() => setRuns((n) => n + 1)}
              />
            ),
            variables: (
              <VariablePickers
                variables={page.variables}
                onPick={(name, values) =>
                  go(
                    withVariable(
                      params,
                      name,
                      values,
                      dependentsOf(
                        page.variables.map((v) => v.json),
                        name
                      )
                    )
                  )
                }
              />
            ),
          }}
        />
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), padding: theme.spacing(2, 1) }),
  link: css({ color: theme.colors.text.link }),
});
