// A datasource's custom variable query editor (CustomVariableSupport.editor) with the props Grafana's variable form passes.
import { useEffect, useState } from 'react';
import { type CustomVariableSupport, type DataSourceApi, LoadingState, type TimeRange } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { queryVariableOptions } from '../../templating/queryVariable';
import { EditorPage } from './EditorPage';
import { recorded, toJson } from './recorder';
import { hostTestIds } from '../../testIds';

interface Props {
  datasource: DataSourceApi;
  variables: CustomVariableSupport<DataSourceApi>;
  initial: DataQuery;
  range: TimeRange;
}

// The variable form previews the options of the query after each change, as Grafana's does.
async function preview(datasource: DataSourceApi, query: DataQuery, range: TimeRange): Promise<void> {
  try {
    const options = await queryVariableOptions(
      { name: 'query0', type: 'query', query: { ...query } },
      datasource,
      range
    );
    recorded.variable.preview = options.map((o) => o.value);
    recorded.variable.error = undefined;
  } catch (cause) {
    recorded.variable.error = cause instanceof Error ? cause.message : String(cause);
  }
}

export function VariableEditorHarness({ datasource, variables, initial, range }: Props) {
  const [query, setQuery] = useState(initial);
  useEffect(() => void preview(datasource, query, range), [datasource, query, range]);
  const Editor = variables.editor;
  return (
    <EditorPage title={`${datasource.name} variable query`} testId={hostTestIds.editors.variable}>
      <Editor
        datasource={datasource}
        query={query}
        onChange={(next: DataQuery) => {
          recorded.variable.queries.push(toJson(next));
          setQuery(next);
        }}
        onRunQuery={() => {
          recorded.variable.runs++;
        }}
        data={{ series: [], state: LoadingState.Done, timeRange: range }}
        range={range}
        onBlur={() => undefined}
        history={[]}
      />
    </EditorPage>
  );
}
