import { useState } from 'react';
import { Button, ConfirmModal } from '@grafana/ui';
import { approveFreezeWindow, type FreezeWindowRow, putFreezeWindow, retireFreezeWindow } from '../api';
import { type Decider } from '../data/decisions';
import { explainError } from '../data/errors';
import { endNow } from '../data/freeze';
import { governanceTestIds as ids } from '../testIds';

interface Props {
  row: FreezeWindowRow;
  user: Decider;
  now: number;
  blocked: string | undefined;
  onDone: (message: string) => void;
}

/** Ends a window now: a running one gets a version ending now (approved at once), one not yet started is retired. */
export function EndWindowButton({ row, user, now, blocked, onDone }: Props) {
  const [confirming, setConfirming] = useState(false);
  const id = row.summary.id;
  const plan = endNow(row.record.document, now);
  if (plan.action === 'none' || row.summary.approvedVersion === null) {
    return null;
  }
  const run = async () => {
    setConfirming(false);
    try {
      if (plan.action === 'retire') {
        await retireFreezeWindow(id, `ended before it started, by ${user.login} from the Governance page`);
        onDone(`Freeze window ${id} retired before it started.`);
        return;
      }
      const version = await putFreezeWindow(plan.document, `ended now by ${user.login}`, row.summary.latestVersion);
      try {
        await approveFreezeWindow(id, version);
        onDone(`Freeze window ${id} now ends at ${plan.document.spec.to} (v${version}).`);
      } catch (err) {
        onDone(
          `Freeze window ${id}: v${version} ending now is saved but not approved: ${explainError(err)} It now awaits another approver.`
        );
      }
    } catch (err) {
      onDone(`Freeze window ${id} not ended: ${explainError(err)}`);
    }
  };
  return (
    <>
      <Button
        data-testid={ids.freezeEnd(id)}
        size="sm"
        variant="secondary"
        icon="times"
        disabled={blocked !== undefined}
        tooltip={blocked}
        onClick={() => setConfirming(true)}
      >
        {plan.action === 'retire' ? 'Cancel window' : 'End now'}
      </Button>
      <ConfirmModal
        isOpen={confirming}
        title={`End freeze window ${id}`}
        body={
          plan.action === 'retire'
            ? 'It has not started: it will be retired.'
            : 'A new version ending now is saved and approved.'
        }
        confirmText={plan.action === 'retire' ? 'Retire' : 'End now'}
        onConfirm={run}
        onDismiss={() => setConfirming(false)}
      />
    </>
  );
}
