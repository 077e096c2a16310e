import { Combobox, InlineField, InlineSwitch, Stack } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { BREAKDOWN_OPTIONS, withOptional } from '../../data/editorModel';
import { ResourcePicker } from './ResourcePicker';
import { type FieldsProps } from './types';

/** Journey, breakdown of its entrants, and the previous period beside each stage. */
export function FunnelQueryFields({ datasource, query, onChange }: FieldsProps<'funnel'>) {
  return (
    <Stack gap={0} wrap="wrap">
      <ResourcePicker
        datasource={datasource}
        list="journeys"
        label="Journey"
        value={query.journey}
        onChange={(journey) => onChange({ ...query, journey })}
      />
      <InlineField
        label="Breakdown"
        labelWidth={14}
        tooltip="One funnel per value of an event column, taken from the event each customer entered with"
      >
        <Combobox
          data-testid={testIds.datasource.breakdown}
          width={16}
          options={BREAKDOWN_OPTIONS}
          value={query.breakdown ?? ''}
          createCustomValue
          onChange={(o) => onChange(withOptional(query, 'breakdown', o.value))}
        />
      </InlineField>
      <InlineField
        label="Previous period"
        labelWidth={18}
        tooltip="Also count each stage over the period of the same length just before the range"
      >
        <InlineSwitch
          label="Previous period"
          value={query.compare === 'previous-period'}
          onChange={(e) =>
            onChange(withOptional(query, 'compare', e.currentTarget.checked ? 'previous-period' : undefined))
          }
        />
      </InlineField>
    </Stack>
  );
}
