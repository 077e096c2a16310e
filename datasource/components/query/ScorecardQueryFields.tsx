import { Stack } from '@grafana/ui';
import { intervalProblem } from '../../data/editorModel';
import { DefinitionField } from './DefinitionField';
import { ResourcePicker } from './ResourcePicker';
import { TextField } from './TextField';
import { type FieldsProps } from './types';

/** Scorecard, the interval of its KPIs' trend series, and the definition mode. */
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
        <TextField
          name="interval"
          label="Trend interval"
          width={10}
          value={query.interval ?? ''}
          placeholder="auto"
          tooltip="Bucket width of the KPIs' trend series; empty: from the panel's width and time range"
          problem={intervalProblem}
          onCommit={(interval) => {
            const { interval: _old, ...rest } = query;
            onChange(interval === '' ? rest : { ...rest, interval });
          }}
        />
      </Stack>
      <DefinitionField
        value={query.definition}
        onChange={(definition) => {
          const { definition: _old, ...rest } = query;
          onChange(definition ? { ...rest, definition } : rest);
        }}
      />
    </Stack>
  );
}
