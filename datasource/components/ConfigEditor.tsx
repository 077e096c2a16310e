import { type DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Field, Input, SecretInput, Stack } from '@grafana/ui';
import { testIds } from '../../app/testIds';
import { serverUrlProblem } from '../data/config';
import { type KpiDataSourceOptions, type KpiSecureJsonData } from '../types';

type Props = DataSourcePluginOptionsEditorProps<KpiDataSourceOptions, KpiSecureJsonData>;

export function ConfigEditor({ options, onOptionsChange }: Props) {
  const { jsonData, secureJsonFields, secureJsonData } = options;
  const setToken = (token: string) => onOptionsChange({ ...options, secureJsonData: { ...secureJsonData, token } });
  const resetToken = () =>
    onOptionsChange({
      ...options,
      secureJsonFields: { ...secureJsonFields, token: false },
      secureJsonData: { ...secureJsonData, token: '' },
    });
  const urlProblem = serverUrlProblem(jsonData.url);
  return (
    <Stack direction="column" gap={1} data-testid={testIds.datasource.configEditor}>
      <Field
        label="KPI server URL"
        description="As Grafana's server reaches it, e.g. http://scorecard-server:3100"
        invalid={urlProblem !== undefined}
        error={urlProblem}
      >
        <Input
          id="scorecard-kpi-url"
          width={50}
          value={jsonData.url ?? ''}
          placeholder="http://localhost:3100"
          onChange={(e) => onOptionsChange({ ...options, jsonData: { ...jsonData, url: e.currentTarget.value } })}
        />
      </Field>
      <Field label="API token" description="Sent by Grafana's proxy as a bearer token; never reaches the browser">
        <SecretInput
          id="scorecard-kpi-token"
          width={50}
          isConfigured={Boolean(secureJsonFields?.token)}
          value={secureJsonData?.token ?? ''}
          placeholder="viewer or editor token"
          onChange={(e) => setToken(e.currentTarget.value)}
          onReset={resetToken}
        />
      </Field>
    </Stack>
  );
}
