import { useState } from 'react';
import { type SelectableValue } from '@grafana/data';
import { Alert, InteractiveTable, LoadingPlaceholder, Select, Stack, Text } from '@grafana/ui';
import { type FieldChange, loadDiff, type VersionRecord } from '../data/api';
import { catalogTestIds } from '../testIds';
import { useLoad } from '../../../components/useLoad';

const shown = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));
const columns = [
  { id: 'path', header: 'Field' },
  { id: 'before', header: 'Before' },
  { id: 'after', header: 'After' },
];

/** A field-level diff between any two versions of the KPI. */
export function VersionDiff({ id, versions }: { id: string; versions: VersionRecord[] }) {
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const last = numbers[numbers.length - 1] ?? 1;
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? last);
  const [to, setTo] = useState(last);
  const [diff] = useLoad(() => loadDiff(id, from, to), [id, from, to]);
  const options: Array<SelectableValue<number>> = numbers.map((n) => ({ label: `v${n}`, value: n }));
  const rows = (changes: FieldChange[]) =>
    changes.map((c) => ({ path: c.path, before: shown(c.from), after: shown(c.to) }));
  return (
    <Stack direction="column" gap={1}>
      <Stack direction="row" gap={1} alignItems="center">
        <Text>Compare</Text>
        <div data-testid={catalogTestIds.kpi.diffFrom}>
          <Select
            aria-label="From version"
            width={12}
            options={options}
            value={from}
            onChange={(v) => setFrom(v.value ?? from)}
          />
        </div>
        <Text>with</Text>
        <div data-testid={catalogTestIds.kpi.diffTo}>
          <Select
            aria-label="To version"
            width={12}
            options={options}
            value={to}
            onChange={(v) => setTo(v.value ?? to)}
          />
        </div>
      </Stack>
      <div data-testid={catalogTestIds.kpi.diff}>
        {diff.state === 'loading' && <LoadingPlaceholder text="Comparing…" />}
        {diff.state === 'error' && (
          <Alert severity="error" title={`Could not compare v${from} with v${to}`}>
            {diff.error}
          </Alert>
        )}
        {diff.state === 'done' &&
          (diff.value.length === 0 ? (
            <Text color="secondary">
              v{from} and v{to} define the KPI the same way.
            </Text>
          ) : (
            <InteractiveTable columns={columns} data={rows(diff.value)} getRowId={(r: { path: string }) => r.path} />
          ))}
      </div>
    </Stack>
  );
}
