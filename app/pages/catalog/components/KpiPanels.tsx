import { useState } from 'react';
import { type DataFrame, dateTime, LoadingState, type PanelData } from '@grafana/data';
import { PanelRenderer } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { loadKpiFrames } from '../data/api';
import { lastPeriods, resultOf } from '../data/kpiQueries';
import { catalogTestIds } from '../testIds';
import { useLoad } from '../../../components/useLoad';
import { useWidth } from './useWidth';

const HEIGHT = 320;

function panelData(series: DataFrame[], range: { from: number; to: number }, annotations?: DataFrame[]): PanelData {
  const from = dateTime(range.from);
  const to = dateTime(range.to);
  return {
    state: LoadingState.Done,
    series,
    timeRange: { from, to, raw: { from, to } },
    ...(annotations ? { annotations } : {}),
  };
}

/** The KPI's values over the last 12 periods with its definition changes, and its lineage, as Grafana panels. */
export function KpiPanels({ id, period }: { id: string; period: string }) {
  const { ref, width } = useWidth<HTMLDivElement>(800);
  const [now] = useState(() => Date.now());
  const [answer] = useLoad(() => loadKpiFrames(id, period, now), [id, period, now]);
  const range = lastPeriods(period, now);
  if (answer.state !== 'done') {
    return answer.state === 'loading' ? (
      <LoadingPlaceholder text="Loading values and lineage…" />
    ) : (
      <Alert severity="error" title="Could not load values and lineage (POST /api/v1/query)">
        {answer.error}
      </Alert>
    );
  }
  const values = resultOf(answer.value, 'values');
  const annotations = resultOf(answer.value, 'annotations');
  const lineage = resultOf(answer.value, 'lineage');
  const problems = [values, annotations, lineage].flatMap((r) => (r.error ? [r.error] : []));
  return (
    <div ref={ref}>
      <Stack direction="column" gap={2}>
        {problems.map((p) => (
          <Alert key={p} severity="warning" title="Part of the KPI's data is missing">
            {p}
          </Alert>
        ))}
        <div data-testid={catalogTestIds.kpi.values}>
          <Text element="h3">Values over the last 12 periods, with definition changes</Text>
          <PanelRenderer
            pluginId="timeseries"
            title="Values"
            width={width}
            height={HEIGHT}
            data={panelData(values.frames, range, annotations.frames)}
          />
        </div>
        <div data-testid={catalogTestIds.kpi.lineage}>
          <Text element="h3">Lineage</Text>
          <PanelRenderer
            pluginId="nodeGraph"
            title="Lineage"
            width={width}
            height={HEIGHT}
            data={panelData(lineage.frames, range)}
          />
        </div>
      </Stack>
    </div>
  );
}
