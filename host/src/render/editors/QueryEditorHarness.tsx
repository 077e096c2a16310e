// A datasource's QueryEditor with Grafana's props; onChange and onRunQuery are recorded, a run queries the datasource.
import { useRef, useState } from 'react';
import { CoreApp, type DataSourceApi, LoadingState, type PanelData, type TimeRange } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { errorMessage, runCollected } from '../../query/collect';
import { buildPanelRequest } from '../../query/request';
import { summariseFrames } from '../../dashboard/summary';
import { EditorPage } from './EditorPage';
import { recorded, toJson } from './recorder';
import { hostTestIds } from '../../testIds';

interface Props {
  datasource: DataSourceApi;
  initial: DataQuery;
  range: TimeRange;
}

export function QueryEditorHarness({ datasource, initial, range }: Props) {
  const [query, setQuery] = useState(initial);
  const latest = useRef(initial);
  const [data, setData] = useState<PanelData>({ state: LoadingState.NotStarted, series: [], timeRange: range });
  const Editor = datasource.components?.QueryEditor;
  if (!Editor) {
    throw new Error(`${datasource.type} has no QueryEditor`);
  }
  const run = async () => {
    recorded.query.runs++;
    const request = buildPanelRequest({
      requestId: `QE${recorded.query.runs}`,
      dashboardUID: '',
      dashboardTitle: '',
      panelId: 1,
      panelName: 'Query editor',
      panelPluginId: 'table',
      targets: [latest.current],
      datasource: datasource.getRef(),
      range,
      timezone: 'utc',
      maxDataPoints: 1000,
    });
    const outcome = await runCollected(() => datasource.query(request));
    recorded.query.lastRun = { frames: summariseFrames(outcome.frames), error: errorMessage(outcome.errors) };
    const state = outcome.errors.length ? LoadingState.Error : LoadingState.Done;
    setData({ state, series: outcome.frames, errors: outcome.errors, timeRange: range });
  };
  return (
    <EditorPage title={`${datasource.name} query editor`} testId={hostTestIds.editors.query}>
      <Editor
        datasource={datasource}
        query={query}
        onChange={(next) => {
          recorded.query.queries.push(toJson(next));
          latest.current = next;
          setQuery(next);
        }}
        onRunQuery={() => void run()}
        data={data}
        range={range}
        queries={[query]}
        app={CoreApp.Dashboard}
      />
    </EditorPage>
  );
}
