import { Stack } from '@grafana/ui';
import { withOptional } from '../../data/editorModel';
import { DefinitionField } from './DefinitionField';
import { ResourcePicker } from './ResourcePicker';
import { IntervalField } from './IntervalField';
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
        <IntervalField
          label="Trend interval"
          of="the KPIs' trend series"
          value={query.interval}
          onCommit={(v) => onChange(withOptional(query, 'interval', v))}
        />
      </Stack>
      <DefinitionField
        value={query.definition}
        onChange={(definition) => onChange(withOptional(query, 'definition', definition))}
      />
    </Stack>
  );
}
