// Registers the host's stand-ins for Grafana core datasources under the uids they were provisioned with.
import { config, type DataSourceSrv } from '@grafana/runtime';
import { TESTDATA_TYPE, TestDataDataSource } from './testData/datasource';

export function registerCoreDatasources(srv: DataSourceSrv): void {
  for (const settings of Object.values(config.datasources)) {
    if (settings.type === TESTDATA_TYPE) {
      srv.registerRuntimeDataSource({ dataSource: new TestDataDataSource(settings.uid) });
    }
  }
}
