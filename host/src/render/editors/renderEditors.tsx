// window.host.render*Editor: any datasource's query, variable or annotation editor, with what it reports recorded.
import { type AnnotationQuery, CoreApp, type DataSourceApi, rangeUtil, VariableSupportType } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import { getDataSourceSrv } from '@grafana/runtime';
import type {
  RenderAnnotationEditorRequest,
  RenderQueryEditorRequest,
  RenderVariableEditorRequest,
} from '../../apiEditors';
import { hostTemplateSrv } from '../../services/templateSrv';
import { hostTheme, mount } from '../HostRoot';
import { AnnotationEditorHarness } from './AnnotationEditorHarness';
import { QueryEditorHarness } from './QueryEditorHarness';
import { resetRecorded } from './recorder';
import { VariableEditorHarness } from './VariableEditorHarness';

async function setup(uid: string, raw = { from: 'now-6h', to: 'now' }) {
  const datasource = await getDataSourceSrv().get(uid);
  const range = rangeUtil.convertRawToRange(raw, 'utc');
  hostTemplateSrv.updateTimeRange(range);
  return { datasource, range };
}

export async function renderQueryEditor(request: RenderQueryEditorRequest): Promise<void> {
  const { datasource, range } = await setup(request.uid, request.range);
  // A new query as Grafana's "Add query" makes it: the datasource's defaults, its ref and the next refId.
  const initial: DataQuery = request.query
    ? { ...request.query, refId: request.query.refId ?? 'A' }
    : { ...datasource.getDefaultQuery?.(CoreApp.PanelEditor), datasource: datasource.getRef(), refId: 'A' };
  resetRecorded('query');
  await mount(hostTheme(request.theme), <QueryEditorHarness datasource={datasource} initial={initial} range={range} />);
}

function customVariables(datasource: DataSourceApi) {
  const variables = datasource.variables;
  if (variables?.getType() !== VariableSupportType.Custom || !('editor' in variables)) {
    throw new Error(
      `${datasource.type} has no CustomVariableSupport editor (variables: ${variables?.getType() ?? 'none'})`
    );
  }
  return variables;
}

export async function renderVariableEditor(request: RenderVariableEditorRequest): Promise<void> {
  const { datasource, range } = await setup(request.uid, request.range);
  const variables = customVariables(datasource);
  const saved = request.query;
  const initial: DataQuery =
    typeof saved === 'object'
      ? { ...saved, refId: saved.refId ?? 'variable-query' }
      : { ...variables.getDefaultQuery?.(), refId: 'variable-query', ...(saved === undefined ? {} : { query: saved }) };
  resetRecorded('variable');
  await mount(
    hostTheme(request.theme),
    <VariableEditorHarness datasource={datasource} variables={variables} initial={initial} range={range} />
  );
}

export async function renderAnnotationEditor(request: RenderAnnotationEditorRequest): Promise<void> {
  const { datasource, range } = await setup(request.uid, request.range);
  const saved = request.annotation ?? {};
  const initial: AnnotationQuery = {
    name: 'Annotations',
    enable: true,
    iconColor: 'red',
    ...saved,
    datasource: datasource.getRef(),
    target: saved.target ? { ...saved.target, refId: saved.target.refId ?? 'Anno' } : undefined,
  };
  resetRecorded('annotation');
  await mount(
    hostTheme(request.theme),
    <AnnotationEditorHarness datasource={datasource} initial={initial} range={range} />
  );
}
