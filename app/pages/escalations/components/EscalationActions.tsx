import { useState } from 'react';
import { Alert, Button, Field, Stack, TextArea } from '@grafana/ui';
import { type EscalationView, MAX_ESCALATION_NOTE, resolveBody } from '../../../../core/escalation/api';
import { explainError } from '../../../api/explainError';
import { KpiServerError } from '../../../api/kpiServer';
import { acknowledge, resolve } from '../api';
import { escalationsTestIds as ids } from '../testIds';

interface Props {
  escalation: EscalationView;
  /** After a change, or a refusal that means someone else changed it: reload the list and the detail. */
  onChanged: () => void;
}

/** Acknowledge (optional note) while open, resolve (note required) until resolved; for Editors and Admins. */
export function EscalationActions({ escalation: e, onChanged }: Props) {
  const [ackNote, setAckNote] = useState('');
  const [resolveNote, setResolveNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (call: () => Promise<unknown>, done: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      done();
      onChanged();
    } catch (err) {
      setError(explainError(err));
      if (err instanceof KpiServerError && err.status === 409) {
        onChanged();
      }
    } finally {
      setBusy(false);
    }
  };

  const onResolve = () => {
    const checked = resolveBody.safeParse({ note: resolveNote });
    if (!checked.success) {
      setNoteError(checked.error.issues[0]?.message ?? 'a note is required');
      return;
    }
    setNoteError(undefined);
    run(
      () => resolve(e.id, checked.data.note),
      () => setResolveNote('')
    );
  };

  return (
    <Stack direction="column" gap={1}>
      {error !== undefined && (
        <Alert severity="error" title="The KPI server refused" data-testid={ids.actionError}>
          {error}
        </Alert>
      )}
      {e.state === 'open' && (
        <Stack direction="column" gap={1} alignItems="flex-start">
          <Field
            label="Acknowledge"
            description="Stops further levels and re-notifications; the note is optional."
            noMargin
          >
            <TextArea
              data-testid={ids.ackNote}
              rows={2}
              maxLength={MAX_ESCALATION_NOTE}
              placeholder="Who is looking into it, what is known"
              value={ackNote}
              onChange={(ev) => setAckNote(ev.currentTarget.value)}
            />
          </Field>
          <Button
            data-testid={ids.ack}
            icon="eye"
            disabled={busy}
            onClick={() =>
              run(
                () => acknowledge(e.id, ackNote),
                () => setAckNote('')
              )
            }
          >
            Acknowledge
          </Button>
        </Stack>
      )}
      {e.state !== 'resolved' && (
        <Stack direction="column" gap={1} alignItems="flex-start">
          <Field
            label="Resolve"
            description="Closes the escalation by hand; say why."
            invalid={noteError !== undefined}
            error={noteError}
            noMargin
          >
            <TextArea
              data-testid={ids.resolveNote}
              rows={2}
              maxLength={MAX_ESCALATION_NOTE}
              placeholder="What was done, or why it needs no action"
              value={resolveNote}
              onChange={(ev) => setResolveNote(ev.currentTarget.value)}
            />
          </Field>
          <Button data-testid={ids.resolve} variant="destructive" icon="check" disabled={busy} onClick={onResolve}>
            Resolve
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
