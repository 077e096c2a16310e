import { Alert, Combobox, Field, LoadingPlaceholder, RadioButtonGroup, Stack, Text } from '@grafana/ui';
import { FILTER_COLUMNS } from '../../../../core/query/columns';
import { useLoad } from '../../../components/useLoad';
import { formatInUnit } from '../../catalog/data/formatInUnit';
import { explainError } from '../../../api/explainError';
import { loadKpiBenchmarks, loadKpis } from '../api';
import { kpiRows, rangeOf, unitValuesOf } from '../data/kpiRows';
import { type BenchmarkView, RANGES } from '../data/viewState';
import { benchmarksTestIds as ids } from '../testIds';
import { BandChart } from './BandChart';
import { KpiBandTable } from './KpiBandTable';

interface Props {
  view: BenchmarkView;
  onChange: (change: Partial<BenchmarkView>) => void;
}

/** A KPI's value across the values of a breakdown column, per reporting period. */
export function KpiBenchmarks({ view, onChange }: Props) {
  const [kpis] = useLoad(loadKpis, [], explainError);
  if (kpis.state === 'loading') {
    return <LoadingPlaceholder text="Loading the KPIs…" />;
  }
  if (kpis.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the KPIs (GET /api/v1/catalog)">
        {kpis.error}
      </Alert>
    );
  }
  const list = kpis.value;
  const kpi = list.find((k) => k.id === view.kpi)?.id ?? list[0]?.id;
  if (kpi === undefined) {
    return <Text color="secondary">No KPI in the catalog yet.</Text>;
  }
  return (
    <Stack direction="column" gap={2}>
      <Stack gap={2} wrap="wrap" alignItems="flex-end">
        <Field label="KPI" noMargin>
          <div data-testid={ids.picker('kpi')}>
            <Combobox
              width={40}
              value={kpi}
              options={list.map((k) => ({ value: k.id, label: k.name, description: k.id }))}
              onChange={(o) => onChange({ kpi: o.value, value: '' })}
            />
          </div>
        </Field>
        <Field label="Units are the values of" noMargin>
          <div data-testid={ids.picker('by')}>
            <RadioButtonGroup
              value={view.by}
              options={FILTER_COLUMNS.map((c) => ({ value: c, label: c }))}
              onChange={(by) => onChange({ by, value: '' })}
            />
          </div>
        </Field>
        <Field label="Range" noMargin>
          <div data-testid={ids.picker('months')}>
            <RadioButtonGroup
              value={view.months}
              options={RANGES.map((m) => ({ value: m, label: `Last ${m} months` }))}
              onChange={(months) => onChange({ months })}
            />
          </div>
        </Field>
      </Stack>
      <KpiPeriods kpi={kpi} view={view} onChange={onChange} />
    </Stack>
  );
}

function KpiPeriods({ kpi, view, onChange }: Props & { kpi: string }) {
  const { by, months, minGroup } = view;
  const [load] = useLoad(
    () => loadKpiBenchmarks({ kpi, by, minGroup, ...rangeOf(months, Date.now()) }),
    [kpi, by, months, minGroup],
    explainError
  );
  if (load.state === 'loading') {
    return <LoadingPlaceholder text="Loading the KPI benchmarks…" />;
  }
  if (load.state === 'error') {
    return (
      <Alert severity="warning" title="Could not benchmark this KPI (GET /api/v1/benchmarks/kpis)">
        {load.error}
      </Alert>
    );
  }
  const kb = load.value;
  const values = unitValuesOf(kb);
  const value = values.includes(view.value) ? view.value : (values[0] ?? '');
  const rows = kpiRows(kb, value);
  const format = (v: number) => formatInUnit(v, kb.unit);
  if (rows.length === 0) {
    return <Text color="secondary">No complete {kb.period} in this range.</Text>;
  }
  return (
    <Stack direction="column" gap={2}>
      <Field label={`${by} to highlight`} noMargin>
        <div data-testid={ids.picker('value')}>
          <Combobox
            width={28}
            value={value === '' ? null : value}
            options={values.map((v) => ({ value: v, label: v }))}
            onChange={(o) => onChange({ value: o.value })}
          />
        </div>
      </Field>
      <Text color="secondary" variant="bodySmall">
        Per {kb.period}: minimum group {kb.minGroup}; suppressed when one {by} holds more than{' '}
        {Math.round(kb.dominance * 100)}% of the total (dominance rule).
      </Text>
      <BandChart rows={rows} format={format} />
      <KpiBandTable rows={rows} value={value} format={format} />
    </Stack>
  );
}
