import { type QueryEditorProps } from '@grafana/data';
import { Alert, Combobox, InlineField } from '@grafana/ui';
import { testIds } from '../../app/testIds';
import { type KpiDataSource } from '../datasource';
import { savedListName, toVariableQuery, variableQueryFor } from '../data/variableQuery';
import { VARIABLE_LIST_OPTIONS } from '../data/variableLists';
import { useDistinctChanges } from './useDistinctChanges';
import { type KpiDataSourceOptions, type KpiQuery, type KpiVariableQuery, type SavedVariableQuery } from '../types';

type Props = QueryEditorProps<KpiDataSource, KpiQuery, KpiDataSourceOptions, SavedVariableQuery>;

function current(saved: SavedVariableQuery | string | undefined): { query?: KpiVariableQuery; error?: string } {
  // A new variable has no list yet: nothing is wrong with that.
  if (saved === undefined || savedListName(saved).trim() === '') {
    return {};
  }
  try {
    return { query: toVariableQuery(saved) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

const refIdOf = (saved: SavedVariableQuery | string | undefined) =>
  typeof saved === 'object' && saved.refId ? saved.refId : 'variable';

/** Which list a query variable offers: KPIs, scorecards, journeys, segments, perspectives, channels, regions. */
export function VariableQueryEditor({ query: saved, onChange: report }: Props) {
  const onChange = useDistinctChanges<SavedVariableQuery>(saved, report);
  const { query, error } = current(saved);
  return (
    <div data-testid={testIds.datasource.variableEditor}>
      {error && (
        <Alert severity="error" title="This variable query cannot be read">
          {error}
        </Alert>
      )}
      <InlineField label="List" labelWidth={14} tooltip="Values are ids; the text shown is the name where there is one">
        <Combobox
          data-testid={testIds.datasource.variableList}
          width={40}
          options={VARIABLE_LIST_OPTIONS}
          value={query?.variable ?? null}
          placeholder="Choose a list"
          onChange={(option) => onChange(variableQueryFor(option.value, refIdOf(saved)))}
        />
      </InlineField>
    </div>
  );
}
