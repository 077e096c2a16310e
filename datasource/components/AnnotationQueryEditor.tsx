import { type AnnotationQuery, type QueryEditorProps } from '@grafana/data';
import { InlineField, MultiCombobox, Stack, Text } from '@grafana/ui';
import { testIds } from '../../app/testIds';
import { type KpiDataSource } from '../datasource';
import { toAnnotationsQuery } from '../data/annotationQuery';
import { withOptional } from '../data/editorModel';
import { DEFAULT_ANNOTATION_KINDS, type AnnotationKind, type KpiQuery } from '../types';
import { MultiValuePicker } from './query/MultiValuePicker';
import { ResourcePicker } from './query/ResourcePicker';
import { useDistinctChanges } from './useDistinctChanges';

type Props = QueryEditorProps<KpiDataSource, KpiQuery> & {
  annotation?: AnnotationQuery<KpiQuery>;
  onAnnotationChange?: (annotation: AnnotationQuery<KpiQuery>) => void;
};

const KIND_OPTIONS: Array<{ value: AnnotationKind; label: string; description: string }> = [
  { value: 'definition-changes', label: 'Definition changes', description: 'A KPI version comes into force' },
  { value: 'freeze-windows', label: 'Freeze windows', description: 'Regions in which definitions cannot change' },
  { value: 'check-ins', label: 'Check-in notes', description: 'Notes of manual KPI check-ins' },
  {
    value: 'escalations',
    label: 'Escalations',
    description: 'Regions from breach to resolution, with who acknowledged and resolved; shown only when chosen',
  },
];

/** Which events to show (definition changes, freeze windows, check-in notes, escalations) and for which KPIs. */
export function AnnotationQueryEditor({ query: saved, datasource, onChange: report }: Props) {
  const query = toAnnotationsQuery(saved);
  const onChange = useDistinctChanges<KpiQuery>(saved, report);
  const include = query.include ?? [...DEFAULT_ANNOTATION_KINDS];
  return (
    <Stack direction="column" gap={1} data-testid={testIds.datasource.annotationEditor}>
      <InlineField label="Show" labelWidth={14}>
        <MultiCombobox
          data-testid={testIds.datasource.annotationKinds}
          width="auto"
          minWidth={30}
          options={KIND_OPTIONS}
          value={include}
          onChange={(chosen) => onChange({ ...query, include: chosen.map((o) => o.value) })}
        />
      </InlineField>
      <MultiValuePicker
        datasource={datasource}
        list="kpis"
        label="KPIs"
        testId={testIds.datasource.picker('annotation-kpis')}
        tooltip="Only these KPIs, with those of the scorecard and journey below; nothing chosen anywhere: every KPI"
        values={query.kpis ?? []}
        onChange={(kpis) => onChange(withOptional(query, 'kpis', kpis))}
      />
      <ResourcePicker
        datasource={datasource}
        list="scorecards"
        label="Scorecard"
        placeholder="Any"
        tooltip="Also the KPIs on this scorecard"
        value={query.scorecard ?? ''}
        onChange={(scorecard) => onChange(withOptional(query, 'scorecard', scorecard))}
      />
      <ResourcePicker
        datasource={datasource}
        list="journeys"
        label="Journey"
        placeholder="Any"
        tooltip="Also the KPIs mapped to this journey's stages"
        value={query.journey ?? ''}
        onChange={(journey) => onChange(withOptional(query, 'journey', journey))}
      />
      <Text color="secondary" variant="bodySmall">
        To colour each kind differently, add one annotation query per kind.
      </Text>
    </Stack>
  );
}
