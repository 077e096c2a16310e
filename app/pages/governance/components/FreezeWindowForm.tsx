import { useState } from 'react';
import { dateTime } from '@grafana/data';
import { Alert, Button, DateTimePicker, Field, Input, Stack, TextArea } from '@grafana/ui';
import { approveFreezeWindow, putFreezeWindow } from '../api';
import { explainError } from '../data/errors';
import { emptyFreezeForm, type FreezeForm, freezeDocument, freezeFormProblems } from '../data/freeze';
import { governanceTestIds as ids } from '../testIds';
import { ScopePicker } from './ScopePicker';

interface Props {
  taken: string[];
  /** A line for the page to show, then reload. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new window: PUT /freeze-windows/<id>, then approve it (both through the Admin route). */
export function FreezeWindowForm({ taken, onDone, onCancel }: Props) {
  const [form, setForm] = useState<FreezeForm>(emptyFreezeForm);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const problems = freezeFormProblems(form, taken);
  const set = (patch: Partial<FreezeForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = async () => {
    setBusy(true);
    setError(undefined);
    let version: number;
    try {
      version = await putFreezeWindow(freezeDocument(form), `freeze window: ${form.reason.trim()}`);
    } catch (err) {
      setError(explainError(err));
      setBusy(false);
      return;
    }
    try {
      await approveFreezeWindow(form.id, version);
      onDone(`Freeze window ${form.id} created and approved (v${version}).`);
    } catch (err) {
      onDone(
        `Freeze window ${form.id} saved as v${version}, but not approved: ${explainError(err)} It now awaits another approver.`
      );
    }
  };

  return (
    <Stack direction="column" gap={1}>
      <div data-testid={ids.freezeForm}>
        <Field label="Id" description="Lowercase letters, digits, “.” and “-”.">
          <Input
            data-testid={ids.freezeField('id')}
            value={form.id}
            onChange={(e) => set({ id: e.currentTarget.value })}
          />
        </Field>
        <Stack gap={2}>
          <Field label="From">
            <DateTimePicker
              date={form.from === undefined ? undefined : dateTime(form.from)}
              onChange={(d) => set({ from: d?.valueOf() })}
            />
          </Field>
          <Field label="To">
            <DateTimePicker
              date={form.to === undefined ? undefined : dateTime(form.to)}
              onChange={(d) => set({ to: d?.valueOf() })}
            />
          </Field>
        </Stack>
        <ScopePicker plural="kpis" label="KPIs" values={form.kpis} onChange={(kpis) => set({ kpis })} />
        <ScopePicker
          plural="scorecards"
          label="Scorecards"
          values={form.scorecards}
          onChange={(scorecards) => set({ scorecards })}
        />
        <ScopePicker
          plural="journeys"
          label="Journeys"
          values={form.journeys}
          onChange={(journeys) => set({ journeys })}
        />
        <Field label="Reason" description="Shown to anyone whose approval the window blocks.">
          <TextArea
            data-testid={ids.freezeField('reason')}
            value={form.reason}
            rows={2}
            onChange={(e) => set({ reason: e.currentTarget.value })}
          />
        </Field>
      </div>
      {problems.length > 0 && (
        <ul data-testid={ids.freezeProblems}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {error !== undefined && (
        <Alert severity="error" title="Not saved">
          {error}
        </Alert>
      )}
      <Stack gap={1}>
        <Button data-testid={ids.freezeSave} disabled={busy || problems.length > 0} onClick={save}>
          Create and approve
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
