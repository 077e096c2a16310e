import { useMemo } from 'react';
import { type QueryEditorProps } from '@grafana/data';
import { Alert, Combobox, InlineField, Stack } from '@grafana/ui';
import { testIds } from '../../app/testIds';
import { type KpiDataSource } from '../datasource';
import { migrateQuery } from '../data/migrate';
import { isPanelQueryType, QUERY_TYPE_OPTIONS, withQueryType } from '../data/queryModel';
import { type KpiDataSourceOptions, type KpiQuery } from '../types';
import { QueryFields } from './query/QueryFields';
import { useDistinctChanges } from './useDistinctChanges';

type Props = QueryEditorProps<KpiDataSource, KpiQuery, KpiDataSourceOptions>;

function readable(saved: KpiQuery): { query: KpiQuery } | { error: string } {
  try {
    return { query: migrateQuery(saved) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function QueryEditor({ query: saved, datasource, onChange, onRunQuery }: Props) {
  const read = useMemo(() => readable(saved), [saved]);
  const query = 'query' in read ? read.query : { refId: saved.refId, queryType: 'catalog' as const };
  const changed = useDistinctChanges(saved, onChange);
  const change = (next: KpiQuery) => changed(next) && onRunQuery();
  return (
    <Stack direction="column" gap={1} data-testid={testIds.datasource.queryEditor}>
      {'error' in read && (
        <Alert severity="error" title="This saved query cannot be read" data-testid={testIds.datasource.queryProblem}>
          {read.error}
        </Alert>
      )}
      <InlineField label="Query type" labelWidth={14}>
        <Combobox
          data-testid={testIds.datasource.queryType}
          width={44}
          options={QUERY_TYPE_OPTIONS}
          value={isPanelQueryType(query.queryType) ? query.queryType : null}
          placeholder="Choose a query type"
          onChange={(option) => option.value !== query.queryType && change(withQueryType(query, option.value))}
        />
      </InlineField>
      <QueryFields datasource={datasource} query={query} onChange={change} />
    </Stack>
  );
}
