import { Alert, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { useLoad } from '../../../components/useLoad';
import { explainError } from '../../../api/explainError';
import { loadBenchmarks } from '../api';
import { DimensionBenchmark } from './DimensionBenchmark';

interface Props {
  model: string;
  year: number;
  unit: string;
  minGroup: number;
}

/** Each dimension's distribution across the units of a model and year, with the peers' beside it. */
export function MaturityBenchmarks({ model, year, unit, minGroup }: Props) {
  const [load] = useLoad(() => loadBenchmarks({ model, year, minGroup }), [model, year, minGroup], explainError);
  if (load.state === 'loading') {
    return <LoadingPlaceholder text="Loading the benchmarks…" />;
  }
  if (load.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the benchmarks (GET /api/v1/benchmarks)">
        {load.error}
      </Alert>
    );
  }
  const b = load.value;
  const peers = b.peers.length === 0 ? 'no peer files imported' : `peers: ${b.peers.map((p) => p.source).join(', ')}`;
  return (
    <Stack direction="column" gap={2}>
      <Text color="secondary">
        {b.units} units with a released cycle in {b.year} · minimum group {b.minGroup} · {peers}. Percentile rank = 100
        × (units below + ½ × units level) ÷ units.
      </Text>
      {b.dimensions.map((d) => (
        <DimensionBenchmark key={d.id} dimension={d} stages={b.stages} peers={b.peers} unit={unit} />
      ))}
    </Stack>
  );
}
