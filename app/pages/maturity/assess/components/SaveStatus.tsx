import { Button, Icon, Spinner, Stack, Text } from '@grafana/ui';
import { type SaveStatus as Status } from '../data/saveQueue';
import { assessTestIds as ids } from '../testIds';

interface Props {
  status: Status;
  /** Criteria whose changes wait for a fix (a missing note or a bad link) before they can be saved. */
  held: number;
  onRetry: () => void;
}

/** "Saving…", "All changes saved 13:04:05", or "Not saved: why" with Retry; polite to screen readers. */
export function SaveStatus({ status, held, onRetry }: Props) {
  return (
    <Stack direction="column" gap={0.5}>
      <div data-testid={ids.saveStatus} role="status" aria-live="polite">
        {status.kind === 'saving' && (
          <Stack gap={1} alignItems="center">
            <Spinner inline />
            <Text color="secondary">Saving…</Text>
          </Stack>
        )}
        {status.kind === 'saved' && (
          <Stack gap={1} alignItems="center">
            <Icon name="check" />
            <Text color="success">{status.text}</Text>
          </Stack>
        )}
        {status.kind === 'idle' && <Text color="secondary">Each change is saved as you go.</Text>}
        {status.kind === 'error' && (
          <Stack gap={1} alignItems="center" wrap="wrap">
            <Icon name="exclamation-triangle" />
            <Text color="error">{status.text}</Text>
            <Button data-testid={ids.retry} size="sm" variant="secondary" icon="sync" onClick={onRetry}>
              Retry
            </Button>
          </Stack>
        )}
      </div>
      {held > 0 && (
        <Text color="warning" variant="bodySmall">
          {held === 1 ? '1 change waits' : `${held} changes wait`} for a fix shown beside it before it is saved.
        </Text>
      )}
    </Stack>
  );
}
