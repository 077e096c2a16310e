import { InlineField, RadioButtonGroup, Stack } from '@grafana/ui';
import { withOptional } from '../../data/editorModel';
import { type ScorecardPeriod } from '../../types';
import { DefinitionField } from './DefinitionField';
import { ResourcePicker } from './ResourcePicker';
import { type FieldsProps } from './types';

const PERIOD_OPTIONS: Array<{ label: string; value: ScorecardPeriod; description: string }> = [
  {
    label: 'Latest complete',
    value: 'complete',
    description: 'Each KPI’s latest period that ended by the range’s end',
  },
  { label: 'To date', value: 'to-date', description: 'The running period up to the range’s end, marked partial' },
];

/** Scorecard, which reporting period it shows, and the definition mode. */
export function ScorecardQueryFields({ datasource, query, onChange }: FieldsProps<'scorecard'>) {
  return (
    <Stack direction="column" gap={0}>
      <Stack gap={0} wrap="wrap">
        <ResourcePicker
          datasource={datasource}
          list="scorecards"
          label="Scorecard"
          value={query.scorecard}
          onChange={(scorecard) => onChange({ ...query, scorecard })}
        />
        <InlineField
          label="Period"
          labelWidth={10}
          tooltip="Targets are per reporting period (month, quarter …): the range's end picks the period, never its length"
        >
          <RadioButtonGroup
            options={PERIOD_OPTIONS}
            value={query.period ?? 'complete'}
            onChange={(period) => onChange(withOptional(query, 'period', period === 'complete' ? undefined : period))}
          />
        </InlineField>
      </Stack>
      <DefinitionField
        value={query.definition}
        onChange={(definition) => onChange(withOptional(query, 'definition', definition))}
      />
    </Stack>
  );
}
