import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@grafana/ui';
import { type EvaluationSummary } from '../../../../core/escalation/api';
import { explainError } from '../../../api/explainError';
import { evaluateNow } from '../api';
import { escalationsTestIds as ids } from '../testIds';

/** POST /api/v1/escalations: evaluates every policy at once instead of waiting for the schedule. */
export function EvaluateNow({ onEvaluated }: { onEvaluated: () => void }) {
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<EvaluationSummary>();
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setSummary(await evaluateNow());
      onEvaluated();
    } catch (err) {
      setError(explainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button data-testid={ids.evaluate} icon="sync" variant="secondary" disabled={busy} onClick={run}>
          {busy ? 'Evaluating…' : 'Evaluate now'}
        </Button>
      </div>
      {error !== undefined && (
        <Alert severity="error" title="Could not evaluate the policies" data-testid={ids.evaluationError}>
          {error}
        </Alert>
      )}
      {summary !== undefined && <Summary summary={summary} />}
    </Stack>
  );
}

function Summary({ summary: s }: { summary: EvaluationSummary }) {
  const counts = `${s.policies} ${s.policies === 1 ? 'policy' : 'policies'} evaluated: opened ${s.opened.length}, notified ${s.notified.length}, held by quiet hours ${s.deferred.length}, resolved ${s.resolved.length}, errors ${s.errors.length}`;
  return (
    <div data-testid={ids.evaluation}>
      <Alert severity={s.errors.length === 0 ? 'success' : 'warning'} title={counts}>
        {s.errors.length > 0 && (
          <ul>
            {s.errors.map((e) => (
              <li key={e.policy}>
                <Text weight="medium">{e.policy}</Text>: {e.message}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
}
