import { type QueryEditorProps } from '@grafana/data';
import { Combobox, InlineField, Input, Stack } from '@grafana/ui';
import { testIds } from '../../app/testIds';
import { type KpiDataSource } from '../datasource';
import { QUERY_TYPE_OPTIONS, withQueryType } from '../data/queryModel';
import { type KpiDataSourceOptions, type KpiQuery } from '../types';

type Props = QueryEditorProps<KpiDataSource, KpiQuery, KpiDataSourceOptions>;

export function QueryEditor({ query, onChange, onRunQuery }: Props) {
  return (
    <Stack direction="row" gap={1} data-testid={testIds.datasource.queryEditor}>
      <InlineField label="Query type" labelWidth={14}>
        <Combobox
          width={20}
          options={QUERY_TYPE_OPTIONS}
          value={query.queryType}
          onChange={(v) => {
            onChange(withQueryType(query, v.value));
            onRunQuery();
          }}
        />
      </InlineField>
      {(query.queryType === 'kpi' || query.queryType === 'versions') && (
        <InlineField label="KPI id" labelWidth={10}>
          <Input
            width={30}
            value={query.kpi}
            onChange={(e) => onChange({ ...query, kpi: e.currentTarget.value })}
            onBlur={onRunQuery}
          />
        </InlineField>
      )}
    </Stack>
  );
}
