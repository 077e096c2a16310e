import { Combobox, InlineField } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { type KpiDataSource } from '../../datasource';
import { type VariableList } from '../../types';
import { useListOptions } from './useListOptions';

interface Props {
  datasource: KpiDataSource;
  list: VariableList;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  tooltip?: string;
}

/** One resource (a KPI, a scorecard) picked by name or id from the server, or a template variable. */
export function ResourcePicker({ datasource, list, label, value, onChange, placeholder, tooltip }: Props) {
  const { options, loading, error } = useListOptions(datasource, list);
  const current = value === '' ? null : (options.find((o) => o.value === value) ?? { value, label: value });
  return (
    <InlineField label={label} labelWidth={14} tooltip={tooltip} invalid={Boolean(error)} error={error}>
      <Combobox
        data-testid={testIds.datasource.picker(list)}
        width={44}
        options={options}
        value={current}
        loading={loading}
        placeholder={placeholder ?? `Choose by name or id`}
        createCustomValue
        isClearable
        onChange={(option) => onChange(option?.value ?? '')}
      />
    </InlineField>
  );
}
