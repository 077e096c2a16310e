// A datasource's settings page as Grafana shows it: the plugin's ConfigEditor, then the "Save & test" result.
import { type ComponentType, useState } from 'react';
import type { DataSourcePluginOptionsEditorProps, DataSourceSettings, TestDataSourceResponse } from '@grafana/data';
import { Alert, Stack, Text } from '@grafana/ui';

interface Props {
  settings: DataSourceSettings;
  ConfigEditor: ComponentType<DataSourcePluginOptionsEditorProps>;
  result: TestDataSourceResponse;
}

export function DatasourceSettingsPage({ settings, ConfigEditor, result }: Props) {
  const [options, setOptions] = useState(settings);
  const severity = result.status === 'success' ? 'success' : result.status === 'warning' ? 'warning' : 'error';
  return (
    <Stack direction="column" gap={2}>
      <Text element="h2">{`${options.name} (${options.typeName})`}</Text>
      <ConfigEditor options={options} onOptionsChange={setOptions} />
      <Alert severity={severity} title={result.message} data-testid="data-testid datasource-test-result" />
    </Stack>
  );
}
