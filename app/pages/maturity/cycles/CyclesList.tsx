import { useState } from 'react';
import { Alert, EmptyState, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { currentLogin, currentRole } from '../../../api/kpiServer';
import { useLoad } from '../../../components/useLoad';
import { explainError } from '../../../api/explainError';
import { listCycles } from '../api';
import { CreateCycle } from './CreateCycle';
import { CycleFilters } from './CycleFilters';
import { CyclesGrid } from './CyclesGrid';
import { buildGrid, type CycleFilter, filterCycles, modelsOf } from './data/grid';
import { myCycles } from './data/mine';
import { MyCycles } from './MyCycles';
import { cyclesTestIds as ids } from './testIds';

const loadCycles = () => listCycles();

/** The /maturity view: what waits for the user, every unit's cycles by year, and creating a cycle. */
export function CyclesList() {
  const [loaded] = useLoad(loadCycles, [], explainError);
  const [filter, setFilter] = useState<CycleFilter>({});
  if (loaded.state === 'loading') {
    return <LoadingPlaceholder text="Loading maturity cycles…" />;
  }
  if (loaded.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the maturity cycles" data-testid={ids.loadError}>
        {loaded.error}
      </Alert>
    );
  }
  const cycles = loaded.value;
  if (cycles.length === 0) {
    const admin = currentRole() === 'Admin';
    return (
      <div data-testid={ids.root}>
        <EmptyState variant="call-to-action" message="No maturity cycles yet" button={<CreateCycle cycles={[]} />}>
          <span data-testid={ids.empty}>
            A cycle assesses one unit against an approved maturity model for one year, by a few assessors and a lead.{' '}
            {admin
              ? 'Create the first one: pick the model, the unit and the year, and name the assessors.'
              : 'A Grafana Admin creates cycles; ask one to start the first.'}
          </span>
        </EmptyState>
      </div>
    );
  }
  const mine = myCycles(cycles, currentLogin());
  const models = modelsOf(cycles);
  const shown = filterCycles(cycles, filter);
  const grid = buildGrid(shown);
  return (
    <Stack direction="column" gap={3} data-testid={ids.root}>
      {mine.length > 0 && <MyCycles mine={mine} />}
      <Stack direction="column" gap={1}>
        <Stack justifyContent="space-between" alignItems="center" wrap="wrap">
          <Text element="h3" variant="h4">
            Cycles by unit and year
          </Text>
          <CreateCycle cycles={cycles} />
        </Stack>
        <CycleFilters models={models} filter={filter} onChange={setFilter} />
        {shown.length === 0 ? (
          <EmptyState variant="not-found" message="No cycle matches these filters" />
        ) : (
          <>
            <Text color="secondary" variant="bodySmall">
              {grid.rows.length} units, {shown.length} cycles. Released cycles of {grid.years[grid.years.length - 1]}{' '}
              show the median dimension stage and the range; open ones the answers given.
            </Text>
            <CyclesGrid grid={grid} showModel={models.length > 1 && filter.model === undefined} />
          </>
        )}
      </Stack>
    </Stack>
  );
}
