import { useMemo } from 'react';
import { locationService } from '@grafana/runtime';
import { Alert, EmptyState, LinkButton, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { useLoad } from '../../components/useLoad';
import { useLocationSearch } from '../catalog/components/useLocationSearch';
import { explainError } from '../../api/explainError';
import { cyclesPath } from '../maturity/data/route';
import { loadReleasedCycles } from './api';
import { KpiBenchmarks } from './components/KpiBenchmarks';
import { MaturityBenchmarks } from './components/MaturityBenchmarks';
import { MaturityPickers } from './components/MaturityPickers';
import { choicesOf } from './data/choices';
import { type BenchmarkView, viewFromSearch, viewToQuery } from './data/viewState';
import { benchmarksTestIds as ids } from './testIds';

const onChange = (change: Partial<BenchmarkView>) => locationService.partial(viewToQuery(change), true);

/** Maturity benchmarks across units (with peers') and KPI value benchmarks; the choices live in the URL query. */
export function BenchmarksPage() {
  const [cycles] = useLoad(loadReleasedCycles, [], explainError);
  const search = useLocationSearch();
  const view = useMemo(() => viewFromSearch(search), [search]);
  return (
    <div data-testid={ids.root}>
      <Stack direction="column" gap={3}>
        <section>
          <Text element="h3">Maturity across units</Text>
          <Text color="secondary" element="p">
            Each dimension&apos;s stages over the units with a released cycle, the chosen unit&apos;s place among them,
            and imported peers&apos; figures beside them. Groups smaller than the minimum are suppressed.
          </Text>
          {cycles.state === 'loading' && <LoadingPlaceholder text="Loading the released cycles…" />}
          {cycles.state === 'error' && (
            <Alert data-testid={ids.loadError} severity="error" title="Could not load the released cycles">
              {cycles.error}
            </Alert>
          )}
          {cycles.state === 'done' && <Maturity released={cycles.value} view={view} />}
        </section>
        <section>
          <Text element="h3">KPI values across units</Text>
          <Text color="secondary" element="p">
            A KPI per reporting period across the values of a breakdown column: the middle 80% and 50% of units, the
            median, and the chosen value&apos;s percentile rank.
          </Text>
          <KpiBenchmarks view={view} onChange={onChange} />
        </section>
      </Stack>
    </div>
  );
}

function Maturity({ released, view }: { released: Parameters<typeof choicesOf>[0]; view: BenchmarkView }) {
  const choices = choicesOf(released, view);
  const { model, year, unit } = choices;
  if (model.value === null || year.value === null) {
    return (
      <div data-testid={ids.empty}>
        <EmptyState variant="call-to-action" message="No released maturity cycles yet">
          <Stack direction="column" alignItems="center" gap={2}>
            <Text element="p">
              Benchmarks compare units once their cycles are released. Run the annual review on the Maturity page:
              create a cycle per unit, let the assessors answer, calibrate, and release.
            </Text>
            <LinkButton href={cyclesPath()} icon="arrow-right">
              Go to Maturity
            </LinkButton>
          </Stack>
        </EmptyState>
      </div>
    );
  }
  return (
    <Stack direction="column" gap={2}>
      <MaturityPickers choices={choices} minGroup={view.minGroup} onChange={onChange} />
      <MaturityBenchmarks model={model.value} year={year.value} unit={unit.value ?? ''} minGroup={view.minGroup} />
    </Stack>
  );
}
