// Grafana core datasource plugins the host implements itself (host/src/datasources/); Grafana serves them as "core:".
import type { HostPlugin } from './plugins';

const TESTDATA: HostPlugin = {
  id: 'grafana-testdata-datasource',
  type: 'datasource',
  routes: [],
  meta: {
    id: 'grafana-testdata-datasource',
    type: 'datasource',
    name: 'TestData',
    aliasIDs: ['testdata'],
    info: { author: { name: 'Grafana Labs' }, description: 'Host stand-in for Grafana core TestData', logos: {} },
    baseUrl: 'public/plugins/grafana-testdata-datasource',
    module: 'core:plugin/grafana-testdata-datasource',
    metrics: true,
    annotations: true,
    builtIn: false,
    enabled: true,
  },
};

export const corePlugins: HostPlugin[] = [TESTDATA];

/** The core plugin for a provisioned type, accepting Grafana's alias ids (testdata). */
export function corePluginFor(type: string): HostPlugin | undefined {
  return corePlugins.find((p) => {
    const aliases = p.meta.aliasIDs;
    return p.id === type || (Array.isArray(aliases) && aliases.includes(type));
  });
}
