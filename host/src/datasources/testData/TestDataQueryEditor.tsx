// A small TestData query editor: the scenario and its text (CSV, raw frames or a metric tree query), applied on blur.
import type { DataSourceApi, QueryEditorProps } from '@grafana/data';
import { InlineField, Input, Stack, TextArea } from '@grafana/ui';
import type { TestDataQuery } from './scenarios';
import { hostTestIds } from '../../testIds';

type Props = QueryEditorProps<DataSourceApi<TestDataQuery>, TestDataQuery>;

const contentKey = (scenario: string | undefined) =>
  scenario === 'raw_frame' ? 'rawFrameContent' : scenario === 'variables-query' ? 'stringInput' : 'csvContent';

export function TestDataQueryEditor({ query, onChange, onRunQuery }: Props) {
  const key = contentKey(query.scenarioId);
  const apply = (next: TestDataQuery) => {
    onChange(next);
    onRunQuery();
  };
  return (
    <Stack direction="column" gap={1}>
      <InlineField label="Scenario" labelWidth={14}>
        <Input
          data-testid={hostTestIds.testData.scenario}
          defaultValue={query.scenarioId ?? ''}
          width={30}
          onBlur={(e) => apply({ ...query, scenarioId: e.currentTarget.value })}
        />
      </InlineField>
      <TextArea
        data-testid={hostTestIds.testData.content}
        aria-label={key}
        defaultValue={query[key] ?? ''}
        rows={6}
        onBlur={(e) => apply({ ...query, [key]: e.currentTarget.value })}
      />
    </Stack>
  );
}
