// A datasource's annotation editor as Grafana's StandardAnnotationQueryEditor shows it: migrated on mount, run on request.
import { useEffect, useRef, useState } from 'react';
import { type AnnotationQuery, CoreApp, type DataSourceApi, type TimeRange } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { runAnnotation } from '../../annotations/run';
import { summariseEvent } from '../../dashboard/summary';
import { EditorPage } from './EditorPage';
import { recorded, toJson } from './recorder';
import { hostTestIds } from '../../testIds';

interface Props {
  datasource: DataSourceApi;
  initial: AnnotationQuery;
  range: TimeRange;
}

async function run(annotation: AnnotationQuery, range: TimeRange): Promise<void> {
  recorded.annotation.runs++;
  const result = await runAnnotation({ ...annotation, enable: true }, range, 'utc', 1000);
  recorded.annotation.lastRun = { events: result.events.map(summariseEvent), error: result.error };
}

export function AnnotationEditorHarness({ datasource, initial, range }: Props) {
  const [annotation, setAnnotation] = useState(initial);
  const latest = useRef(initial);
  const Editor = datasource.annotations?.QueryEditor ?? datasource.components?.QueryEditor;
  const change = (next: AnnotationQuery) => {
    recorded.annotation.annotations.push(toJson(next));
    latest.current = next;
    setAnnotation(next);
  };
  useEffect(() => {
    const fixed = datasource.annotations?.prepareAnnotation?.(initial) ?? initial;
    fixed === initial ? void run(initial, range) : change(fixed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once on mount, as Grafana's verifyDataSource
  }, []);
  if (!Editor) {
    throw new Error(`${datasource.type} has no annotation QueryEditor and no QueryEditor`);
  }
  const target: DataQuery = {
    ...datasource.annotations?.getDefaultQuery?.(),
    ...(annotation.target ?? { refId: 'Anno' }),
  };
  return (
    <EditorPage title={`${datasource.name} annotation query`} testId={hostTestIds.editors.annotation}>
      <Editor
        datasource={datasource}
        query={target}
        onChange={(next: DataQuery) => {
          recorded.annotation.queries.push(toJson(next));
          change({ ...latest.current, target: next });
        }}
        onRunQuery={() => void run(latest.current, range)}
        range={range}
        annotation={annotation}
        onAnnotationChange={change}
        app={CoreApp.Dashboard}
      />
    </EditorPage>
  );
}
