import { useState } from 'react';
import { Button, ConfirmModal, Stack, Text } from '@grafana/ui';
import { type CycleResults } from '../../../../../core/maturity/api';
import { release } from '../../api';
import { explainError } from '../../../../api/explainError';
import { calibrationTestIds as ids } from '../testIds';

interface Props {
  cycleId: string;
  /** Why releasing is not possible now, or undefined. */
  block: string | undefined;
  onReleased: (results: CycleResults) => void;
  onRefused: (message: string) => void;
}

/** "Release results", confirmed first: released results are locked. */
export function ReleasePanel({ cycleId, block, onReleased, onRefused }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      onReleased(await release(cycleId));
    } catch (err) {
      onRefused(explainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="column" gap={0.5}>
      <Stack gap={1} alignItems="center">
        <Button
          data-testid={ids.release}
          icon="lock"
          disabled={busy || block !== undefined}
          onClick={() => setConfirming(true)}
        >
          Release results
        </Button>
      </Stack>
      {block !== undefined && (
        <Text color="secondary" variant="bodySmall" data-testid={ids.releaseBlocked}>
          {block}
        </Text>
      )}
      <ConfirmModal
        isOpen={confirming}
        title={`Release cycle ${cycleId}`}
        body="Released results are locked: answers and settlements can no longer change, and the stages enter the benchmarks and the report."
        confirmText="Release"
        icon="lock"
        onConfirm={run}
        onDismiss={() => setConfirming(false)}
      />
    </Stack>
  );
}
