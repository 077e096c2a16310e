import { Combobox, RadioButtonGroup, Stack } from '@grafana/ui';
import { CYCLE_STATES, type CycleState } from '../../../../core/maturity/api';
import { type CycleFilter } from './data/grid';
import { cyclesTestIds as ids } from './testIds';

const ALL = '';
const STATES = [
  { value: ALL, label: 'All states' },
  ...CYCLE_STATES.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) })),
];
const isState = (s: string): s is CycleState => (CYCLE_STATES as readonly string[]).includes(s);

interface Props {
  models: string[];
  filter: CycleFilter;
  onChange: (filter: CycleFilter) => void;
}

/** By model (only when there are several) and by state. */
export function CycleFilters({ models, filter, onChange }: Props) {
  return (
    <Stack gap={2} alignItems="center" wrap="wrap">
      {models.length > 1 && (
        <Combobox
          data-testid={ids.filterModel}
          width={32}
          options={[{ value: ALL, label: 'All models' }, ...models.map((m) => ({ value: m, label: m }))]}
          value={filter.model ?? ALL}
          onChange={(o) => onChange({ ...filter, model: o.value === ALL ? undefined : o.value })}
        />
      )}
      <div data-testid={ids.filterState}>
        <RadioButtonGroup
          options={STATES}
          value={filter.state ?? ALL}
          onChange={(v) => onChange({ ...filter, state: isState(v) ? v : undefined })}
        />
      </div>
    </Stack>
  );
}
