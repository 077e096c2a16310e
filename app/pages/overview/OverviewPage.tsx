import { type AppPluginMeta } from '@grafana/data';
import { Stack, Text } from '@grafana/ui';
import { includedPlugins } from '../../data/includes';

export function OverviewPage({ meta }: { meta: AppPluginMeta }) {
  const plugins = includedPlugins(meta);
  return (
    <Stack direction="column" gap={2}>
      <Text element="h2">Scorecard Suite {meta.info.version}</Text>
      <Text>
        Balanced Scorecard and customer-journey KPIs for Grafana. Add the panels below to any dashboard; they read data
        frames from any datasource.
      </Text>
      <Text element="h3">Plugins in this app</Text>
      <ul>
        {plugins.map((p) => (
          <li key={`${p.type}:${p.name}`}>
            <Text weight="medium">{p.name}</Text> <Text color="secondary">({p.type})</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
