import { useState } from 'react';
import { Alert, LoadingPlaceholder, Stack, Tab, TabContent, TabsBar } from '@grafana/ui';
import { locationService } from '@grafana/runtime';
import { type Cycle, type CycleResults } from '../../../../core/maturity/api';
import { currentLogin } from '../../../api/kpiServer';
import { useLoad } from '../../../components/useLoad';
import { type CycleWithResults, explainCycleError, loadCycleWithResults } from '../api';
import { AssessmentForm } from '../assess/AssessmentForm';
import { CalibrationView } from '../calibration/CalibrationView';
import { defaultTab, ownAssessor } from '../data/cycleTabs';
import { cyclePath, type CycleTab } from '../data/route';
import { ResultsView } from '../results/ResultsView';
import { maturityTestIds as ids } from '../testIds';
import { CycleHeader } from './CycleHeader';

const TABS: Array<{ id: CycleTab; label: string }> = [
  { id: 'assess', label: 'Assessment' },
  { id: 'calibration', label: 'Calibration' },
  { id: 'results', label: 'Results' },
];

/** One cycle: its header and the assessment, calibration and results tabs. */
export function CyclePage({ id, tab }: { id: string; tab: CycleTab | undefined }) {
  const [loaded, reload] = useLoad(() => loadCycleWithResults(id), [id], explainCycleError(id));
  const [changed, setChanged] = useState<Partial<CycleWithResults>>({});
  if (loaded.state === 'loading') {
    return <LoadingPlaceholder text="Loading the cycle…" />;
  }
  if (loaded.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the cycle" data-testid={ids.cycleError}>
        {loaded.error}
      </Alert>
    );
  }
  const cycle = changed.cycle ?? loaded.value.cycle;
  const results = changed.results ?? loaded.value.results;
  const login = currentLogin();
  const active = tab ?? defaultTab(cycle, login);
  const assessor = ownAssessor(cycle, login);
  const stay = () => {
    if (tab === undefined) {
      locationService.replace(cyclePath(cycle.id, active));
    }
    setChanged({});
    reload();
  };
  const onSaved = (next: Cycle) => {
    setChanged((c) => ({ ...c, cycle: next }));
    if (next.state !== cycle.state) {
      // calibration shows everyone's answers: read the results again, staying on this tab
      stay();
    }
  };
  const onChanged = (next: CycleResults) => {
    setChanged((c) => ({ ...c, results: next }));
    if (next.state !== cycle.state) {
      stay();
    }
  };
  return (
    <div data-testid={ids.cycle}>
      <Stack direction="column" gap={2}>
        <CycleHeader cycle={cycle} />
        <TabsBar>
          {TABS.map((t) => (
            <Tab
              key={t.id}
              label={t.label}
              active={active === t.id}
              onChangeTab={() => locationService.push(cyclePath(cycle.id, t.id))}
              data-testid={ids.tab(t.id)}
            />
          ))}
        </TabsBar>
        <TabContent>
          {active === 'assess' &&
            (assessor === undefined ? (
              <Alert severity="info" title="You are not an assessor of this cycle" data-testid={ids.notAssessor}>
                {`Assessors answer for themselves: ${cycle.assessors.join(', ')}. The results tab shows what you may see.`}
              </Alert>
            ) : (
              <AssessmentForm key={assessor} cycle={cycle} results={results} assessor={assessor} onSaved={onSaved} />
            ))}
          {active === 'calibration' && <CalibrationView cycle={cycle} results={results} onChanged={onChanged} />}
          {active === 'results' && <ResultsView cycle={cycle} results={results} />}
        </TabContent>
      </Stack>
    </div>
  );
}
