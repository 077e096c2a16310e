import { useState } from 'react';
import { explainError } from '../data/errors';
import { Alert, Badge, Button, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { type FreezeWindowRow, loadFreezeWindows } from '../api';
import { type Decider } from '../data/decisions';
import { layoutTimeline, phaseOf } from '../data/timeline';
import { governanceTestIds as ids } from '../testIds';
import { EndWindowButton } from './EndWindowButton';
import { FreezeTimeline } from './FreezeTimeline';
import { FreezeWindowForm } from './FreezeWindowForm';
import { useLoad } from '../../../components/useLoad';

const span = (r: FreezeWindowRow) => ({
  from: Date.parse(r.record.document.spec.from),
  to: Date.parse(r.record.document.spec.to),
});

// now is when the windows were read, so the marker and the phases agree
const loadTimeline = async () => ({ now: Date.now(), rows: await loadFreezeWindows() });

/** Freeze windows on a timeline and as a list; Admins create and end them. */
export function FreezeWindows({ user }: { user: Decider }) {
  const [loaded, reload] = useLoad(loadTimeline, [], explainError);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string>();
  const blocked =
    user.role === 'Admin'
      ? undefined
      : `Creating and ending freeze windows needs the Admin role in Grafana; you are ${user.role}`;
  const done = (text: string) => {
    setMessage(text);
    setCreating(false);
    reload();
  };
  if (loaded.state === 'loading') {
    return <LoadingPlaceholder text="Loading freeze windows…" />;
  }
  if (loaded.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the freeze windows" data-testid={ids.loadError}>
        {loaded.error}
      </Alert>
    );
  }
  const { now, rows } = loaded.value;
  const layout = layoutTimeline(
    rows.map((r) => ({ id: r.summary.id, ...span(r) })),
    now
  );
  const reasons = Object.fromEntries(rows.map((r) => [r.summary.id, r.record.document.spec.reason]));
  return (
    <Stack direction="column" gap={2} data-testid={ids.freeze}>
      {message !== undefined && (
        <Alert severity="info" title="" data-testid={ids.freezeMessage} onRemove={() => setMessage(undefined)}>
          {message}
        </Alert>
      )}
      <FreezeTimeline layout={layout} reasons={reasons} />
      <div>
        {rows.length === 0 && <Text color="secondary">No freeze windows.</Text>}
        {rows.map((r) => {
          const { spec } = r.record.document;
          const pending = r.summary.approvedVersion !== r.summary.latestVersion;
          return (
            <Stack key={r.summary.id} gap={1} alignItems="center" data-testid={ids.freezeRow(r.summary.id)}>
              <Text weight="medium">{r.summary.id}</Text>
              <Badge
                color={r.summary.approvedVersion === null ? 'orange' : 'green'}
                text={r.summary.approvedVersion === null ? 'not approved' : phaseOf(span(r), now)}
              />
              {pending && <Badge color="purple" text={`v${r.summary.latestVersion} awaits approval`} />}
              <Text color="secondary">
                {spec.from} → {spec.to};{' '}
                {[...(spec.scope.kpis ?? []), ...(spec.scope.scorecards ?? []), ...(spec.scope.journeys ?? [])].join(
                  ', '
                )}
                ; {spec.reason}
              </Text>
              <EndWindowButton row={r} user={user} now={now} blocked={blocked} onDone={done} />
            </Stack>
          );
        })}
      </div>
      {creating ? (
        <FreezeWindowForm taken={rows.map((r) => r.summary.id)} onDone={done} onCancel={() => setCreating(false)} />
      ) : (
        <Stack gap={1} alignItems="center">
          <Button
            data-testid={ids.freezeNew}
            icon="plus"
            disabled={blocked !== undefined}
            onClick={() => setCreating(true)}
          >
            New freeze window
          </Button>
          {blocked !== undefined && (
            <Text color="warning" variant="bodySmall" data-testid={ids.freezeBlocked}>
              {blocked}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
