import { DataSourcePlugin } from '@grafana/data';
import { ConfigEditor } from './components/ConfigEditor';
import { QueryEditor } from './components/QueryEditor';
import { KpiDataSource } from './datasource';
import { type KpiDataSourceOptions, type KpiQuery } from './types';

export const plugin = new DataSourcePlugin<KpiDataSource, KpiQuery, KpiDataSourceOptions>(KpiDataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
