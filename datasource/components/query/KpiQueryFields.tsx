import { Combobox, InlineField, Stack } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { BREAKDOWN_OPTIONS, withFilterValues, withOptional } from '../../data/editorModel';
import { DIMENSIONS, type Dimension, type VariableList } from '../../types';
import { DefinitionField } from './DefinitionField';
import { IntervalField } from './IntervalField';
import { MultiValuePicker } from './MultiValuePicker';
import { ResourcePicker } from './ResourcePicker';
import { TextField } from './TextField';
import { type FieldsProps } from './types';

const LISTS: Record<Dimension, VariableList> = { segment: 'segments', channel: 'channels', region: 'regions' };

/** KPI, interval, alias; breakdown and filter by segment, channel, region; definition mode. */
export function KpiQueryFields({ datasource, query, onChange }: FieldsProps<'kpi'>) {
  return (
    <Stack direction="column" gap={0}>
      <Stack gap={0} wrap="wrap">
        <ResourcePicker
          datasource={datasource}
          list="kpis"
          label="KPI"
          value={query.kpi}
          onChange={(kpi) => onChange({ ...query, kpi })}
        />
        <IntervalField
          label="Interval"
          of="the series"
          value={query.interval}
          onCommit={(v) => onChange(withOptional(query, 'interval', v))}
        />
        <TextField
          name="alias"
          label="Alias"
          width={24}
          value={query.alias ?? ''}
          placeholder="KPI name"
          tooltip="Display name of the series; template variables allowed"
          onCommit={(v) => onChange(withOptional(query, 'alias', v))}
        />
      </Stack>
      <Stack gap={0} wrap="wrap">
        <InlineField label="Breakdown" labelWidth={14} tooltip="One series per value of an event column">
          <Combobox
            data-testid={testIds.datasource.breakdown}
            width={16}
            options={BREAKDOWN_OPTIONS}
            value={query.breakdown ?? ''}
            onChange={(o) => onChange(withOptional(query, 'breakdown', o.value))}
          />
        </InlineField>
        {DIMENSIONS.map((column) => (
          <MultiValuePicker
            key={column}
            datasource={datasource}
            list={LISTS[column]}
            label={column[0]?.toUpperCase() + column.slice(1)}
            testId={testIds.datasource.filter(column)}
            tooltip={`Only events of these ${column}s; empty: all`}
            values={query.filter?.[column] ?? []}
            onChange={(values) =>
              onChange(withOptional(query, 'filter', withFilterValues(query.filter, column, values)))
            }
          />
        ))}
      </Stack>
      <DefinitionField
        value={query.definition}
        onChange={(definition) => onChange(withOptional(query, 'definition', definition))}
      />
    </Stack>
  );
}
