// A DataSourceSrv over the provisioned datasources in config.datasources (boot data), instances from dist/.
import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef } from '@grafana/data';
import {
  config,
  type DataSourceSrv,
  type GetDataSourceListFilters,
  type RuntimeDataSourceRegistration,
} from '@grafana/runtime';
import { importDataSourcePlugin } from '../plugins';

async function instantiate(settings: DataSourceInstanceSettings): Promise<DataSourceApi> {
  const plugin = await importDataSourcePlugin(settings.meta);
  const instance = new plugin.DataSourceClass(settings);
  instance.components = plugin.components;
  instance.meta = settings.meta;
  return instance;
}

export class HostDataSourceSrv implements DataSourceSrv {
  private readonly instances = new Map<string, Promise<DataSourceApi>>();
  private readonly runtime = new Map<string, DataSourceApi>();

  getList(filters: GetDataSourceListFilters = {}): DataSourceInstanceSettings[] {
    const all = Object.values(config.datasources);
    return all.filter(
      (ds) => (!filters.pluginId || ds.type === filters.pluginId) && (!filters.filter || filters.filter(ds))
    );
  }

  getInstanceSettings(ref?: DataSourceRef | string | null): DataSourceInstanceSettings | undefined {
    const all = Object.values(config.datasources);
    if (ref === undefined || ref === null) {
      return all.find((ds) => ds.isDefault) ?? all[0];
    }
    const key = typeof ref === 'string' ? ref : ref.uid;
    return all.find((ds) => ds.uid === key || ds.name === key);
  }

  get(ref?: DataSourceRef | string | null): Promise<DataSourceApi> {
    const settings = this.getInstanceSettings(ref);
    if (!settings) {
      return Promise.reject(new Error(`Datasource ${JSON.stringify(ref)} was not found`));
    }
    const runtime = this.runtime.get(settings.uid);
    if (runtime) {
      return Promise.resolve(runtime);
    }
    let instance = this.instances.get(settings.uid);
    if (!instance) {
      instance = instantiate(settings);
      this.instances.set(settings.uid, instance);
    }
    return instance;
  }

  reload(): void {
    this.instances.clear();
  }

  registerRuntimeDataSource({ dataSource }: RuntimeDataSourceRegistration): void {
    this.runtime.set(dataSource.uid, dataSource);
  }
}
