import { type AnnotationQuery, type QueryEditorProps } from '@grafana/data';
import { InlineField, MultiCombobox, Stack, Text } from '@grafana/ui';
import { testIds } from '../../app/testIds';
import { type KpiDataSource } from '../datasource';
import { toAnnotationsQuery } from '../data/annotationQuery';
import { withOptional } from '../data/editorModel';
import { ANNOTATION_KINDS, type AnnotationKind, type KpiQuery } from '../types';
import { MultiValuePicker } from './query/MultiValuePicker';
import { useDistinctChanges } from './useDistinctChanges';

type Props = QueryEditorProps<KpiDataSource, KpiQuery> & {
  annotation?: AnnotationQuery<KpiQuery>;
  onAnnotationChange?: (annotation: AnnotationQuery<KpiQuery>) => void;
};

const KIND_OPTIONS: Array<{ value: AnnotationKind; label: string; description: string }> = [
  { value: 'definition-changes', label: 'Definition changes', description: 'A KPI version comes into force' },
  { value: 'freeze-windows', label: 'Freeze windows', description: 'Regions in which definitions cannot change' },
  { value: 'check-ins', label: 'Check-in notes', description: 'Notes of manual KPI check-ins' },
];

/** Which events to show (definition changes, freeze windows, check-in notes) and for which KPIs. */
export function AnnotationQueryEditor({ query: saved, datasource, onChange: report }: Props) {
  const query = toAnnotationsQuery(saved);
  const onChange = useDistinctChanges<KpiQuery>(saved, report);
  const include = query.include ?? [...ANNOTATION_KINDS];
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
        tooltip="Definition changes and check-ins of these KPIs; empty: every KPI. Freeze windows show either way."
        values={query.kpis ?? []}
        onChange={(kpis) => onChange(withOptional(query, 'kpis', kpis))}
      />
      <Text color="secondary" variant="bodySmall">
        To colour each kind differently, add one annotation query per kind.
      </Text>
    </Stack>
  );
}
