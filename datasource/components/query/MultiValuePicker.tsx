import { InlineField, MultiCombobox } from '@grafana/ui';
import { type KpiDataSource } from '../../datasource';
import { type VariableList } from '../../types';
import { useListOptions } from './useListOptions';

interface Props {
  datasource: KpiDataSource;
  list: VariableList;
  label: string;
  testId: string;
  values: string[];
  onChange: (values: string[]) => void;
  tooltip?: string;
}

/** Several values (segments, channels, …) from the server, or template variables. */
export function MultiValuePicker({ datasource, list, label, testId, values, onChange, tooltip }: Props) {
  const { options, loading, error } = useListOptions(datasource, list);
  return (
    <InlineField label={label} labelWidth={14} tooltip={tooltip} invalid={Boolean(error)} error={error}>
      <MultiCombobox
        data-testid={testId}
        width="auto"
        minWidth={22}
        maxWidth={60}
        options={options}
        value={values}
        loading={loading}
        placeholder="All"
        createCustomValue
        isClearable
        onChange={(chosen) => onChange(chosen.map((o) => o.value))}
      />
    </InlineField>
  );
}
