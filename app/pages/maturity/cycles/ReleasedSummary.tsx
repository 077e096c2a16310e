import { Text } from '@grafana/ui';
import { useLoad } from '../../../components/useLoad';
import { getResults } from '../api';
import { stageSummary } from './data/summary';

/** A released cycle's median stage and range, read from its results. */
export function ReleasedSummary({ id }: { id: string }) {
  const [loaded] = useLoad(() => getResults(id), [id]);
  if (loaded.state !== 'done') {
    return null;
  }
  const s = stageSummary(loaded.value);
  if (s === undefined) {
    return null;
  }
  const range = s.lowest === s.highest ? `all ${s.lowest}` : `${s.lowest} – ${s.highest}`;
  return (
    <Text variant="bodySmall" color="secondary">
      median {s.median} · {range}
    </Text>
  );
}
