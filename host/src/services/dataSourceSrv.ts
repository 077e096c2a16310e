// A DataSourceSrv over the provisioned datasources in config.datasources (boot data), instances from dist/ or runtime ones.
import type { DataSourceApi, DataSourceInstanceSettings } from '@grafana/data';
import type { DataSourceRef } from '@grafana/schema';
import {
  config,
  type DataSourceSrv,
  getTemplateSrv,
  type GetDataSourceListFilters,
  type RuntimeDataSource,
  type RuntimeDataSourceRegistration,
} from '@grafana/runtime';
import { importDataSourcePlugin } from '../plugins';

async function instantiate(settings: DataSourceInstanceSettings): Promise<DataSourceApi> {
  if (settings.meta.module.startsWith('core:')) {
    throw new Error(`${settings.name}: the Grafana core plugin ${settings.type} is not available in the host`);
  }
  const plugin = await importDataSourcePlugin(settings.meta);
  const instance = new plugin.DataSourceClass(settings);
  instance.components = plugin.components;
  instance.meta = settings.meta;
  return instance;
}

export class HostDataSourceSrv implements DataSourceSrv {
  private readonly instances = new Map<string, Promise<DataSourceApi>>();
  private readonly runtime = new Map<string, RuntimeDataSource>();

  private all(): DataSourceInstanceSettings[] {
    const provisioned = Object.values(config.datasources);
    const runtimeOnly = [...this.runtime.values()]
      .filter((ds) => !provisioned.some((p) => p.uid === ds.uid))
      .map((ds) => ds.instanceSettings);
    return [...provisioned, ...runtimeOnly];
  }

  getList(filters: GetDataSourceListFilters = {}): DataSourceInstanceSettings[] {
    return this.all().filter(
      (ds) => (!filters.pluginId || ds.type === filters.pluginId) && (!filters.filter || filters.filter(ds))
    );
  }

  /** By uid or name; a "$variable" in the ref is interpolated first, as Grafana's DatasourceSrv does. */
  getInstanceSettings(ref?: DataSourceRef | string | null): DataSourceInstanceSettings | undefined {
    const all = this.all();
    const raw = typeof ref === 'string' ? ref : ref?.uid;
    if (raw === undefined || raw === null || raw === 'default') {
      return all.find((ds) => ds.isDefault) ?? all[0];
    }
    const key = raw.includes('$') ? getTemplateSrv().replace(raw) : raw;
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
