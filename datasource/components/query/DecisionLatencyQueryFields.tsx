import { InlineField, RadioButtonGroup, Stack } from '@grafana/ui';
import { GROUP_BY_OPTIONS, withOptional } from '../../data/editorModel';
import { ResourcePicker } from './ResourcePicker';
import { TextField } from './TextField';
import { type FieldsProps } from './types';

/** Rows per KPI or owner, and optionally only one KPI's or one owner's escalations. */
export function DecisionLatencyQueryFields({ datasource, query, onChange }: FieldsProps<'decision-latency'>) {
  return (
    <Stack gap={0} wrap="wrap">
      <InlineField
        label="Group by"
        labelWidth={14}
        tooltip="Escalations opened in the range: breach → acknowledge → resolve, p50 and p90 (nearest rank)"
      >
        <RadioButtonGroup
          options={GROUP_BY_OPTIONS}
          value={query.groupBy ?? 'kpi'}
          onChange={(groupBy) => onChange(withOptional(query, 'groupBy', groupBy === 'kpi' ? undefined : groupBy))}
        />
      </InlineField>
      <ResourcePicker
        datasource={datasource}
        list="kpis"
        label="KPI"
        placeholder="All KPIs"
        tooltip="Only this KPI's escalations; empty: every KPI"
        value={query.kpi ?? ''}
        onChange={(kpi) => onChange(withOptional(query, 'kpi', kpi))}
      />
      <TextField
        name="owner"
        label="Owner"
        placeholder="All owners"
        tooltip="Only escalations of KPIs this person owns (any letter case); empty: every owner"
        value={query.owner ?? ''}
        onCommit={(owner) => onChange(withOptional(query, 'owner', owner))}
      />
    </Stack>
  );
}
