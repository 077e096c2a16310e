import { useState } from 'react';
import { Alert, Button, ClipboardButton, Stack, Text } from '@grafana/ui';
import { verifyAuditChain } from '../api';
import { verifyView, type VerifyView } from '../data/audit';
import { explainError } from '../data/errors';
import { governanceTestIds as ids } from '../testIds';

/** GET /api/v1/audit/verify: the chain head to keep outside the store, or what is broken. */
export function AuditVerify() {
  const [view, setView] = useState<VerifyView | { error: string }>();
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    try {
      setView(verifyView(await verifyAuditChain()));
    } catch (err) {
      setView({ error: explainError(err) });
    }
    setBusy(false);
  };
  return (
    <Stack direction="column" gap={1}>
      <div>
        <Button data-testid={ids.verify} icon="shield" variant="secondary" disabled={busy} onClick={verify}>
          Verify chain
        </Button>
      </div>
      {view !== undefined && (
        <div data-testid={ids.verifyResult}>
          {'error' in view ? (
            <Alert severity="error" title="Could not verify">
              {view.error}
            </Alert>
          ) : (
            <Alert severity={view.ok ? 'success' : 'error'} title={view.summary}>
              {!view.ok &&
                view.problems.map((p, i) => (
                  <div key={p} data-testid={ids.verifyProblem(i)}>
                    <Text color="error">{p}</Text>
                  </div>
                ))}
              {view.head !== undefined && (
                <Stack gap={1} alignItems="center">
                  <Text>Chain head:</Text>
                  <code data-testid={ids.verifyHead}>{view.head}</code>
                  <ClipboardButton size="sm" icon="copy" variant="secondary" getText={() => view.head ?? ''}>
                    Copy
                  </ClipboardButton>
                </Stack>
              )}
            </Alert>
          )}
        </div>
      )}
    </Stack>
  );
}
