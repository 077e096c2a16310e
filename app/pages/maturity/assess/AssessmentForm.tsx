import { Alert, LoadingPlaceholder } from '@grafana/ui';
import { type Cycle, type CycleResults } from '../../../../core/maturity/api';
import { currentLogin, currentRole } from '../../../api/kpiServer';
import { useLoad } from '../../../components/useLoad';
import { explainError } from '../../../api/explainError';
import { getResponses } from '../api';
import { AssessmentBody } from './components/AssessmentBody';
import { readOnlyReason } from './data/access';
import { assessTestIds as ids } from './testIds';

interface Props {
  cycle: Cycle;
  results: CycleResults;
  assessor: string;
  onSaved: (cycle: Cycle) => void;
}

/** One assessor's answers to a cycle's criteria, saved as they are given. */
export function AssessmentForm({ cycle, results, assessor, onSaved }: Props) {
  const [load] = useLoad(() => getResponses(cycle.id, assessor), [cycle.id, assessor], explainError);
  if (load.state === 'loading') {
    return <LoadingPlaceholder text={`Loading ${assessor}'s answers…`} />;
  }
  if (load.state === 'error') {
    return (
      <Alert severity="error" title={`Could not load ${assessor}'s answers`} data-testid={ids.loadError}>
        {load.error}
      </Alert>
    );
  }
  return (
    <AssessmentBody
      key={`${cycle.id}/${assessor}`}
      cycle={cycle}
      results={results}
      assessor={assessor}
      given={load.value.answers}
      readOnly={readOnlyReason(cycle, assessor, { login: currentLogin(), role: currentRole() })}
      onSaved={onSaved}
    />
  );
}
