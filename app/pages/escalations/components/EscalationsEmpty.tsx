import { Button, EmptyState, Stack, Text } from '@grafana/ui';
import { escalationsTestIds as ids } from '../testIds';

interface Props {
  /** The filters narrow the list; offers to show every escalation. */
  filtered: boolean;
  onShowAll: () => void;
}

/** No escalation to show: what escalations are and where they are described. */
export function EscalationsEmpty({ filtered, onShowAll }: Props) {
  return (
    <div data-testid={ids.empty}>
      <EmptyState variant="not-found" message={filtered ? 'No escalation matches these filters' : 'No escalations'}>
        <Stack direction="column" alignItems="center" gap={2}>
          <Text element="p">
            An escalation opens when an EscalationPolicy sees a KPI breach its condition (critical, or below target, for
            N of the last M periods). The server notifies the policy&apos;s receivers level by level until someone
            acknowledges it, and resolves it when the KPI recovers.
          </Text>
          <Text element="p" color="secondary">
            How to write a policy and its receivers: <code>docs/escalations.md</code>; the webhook format:{' '}
            <code>docs/escalation-notifications.md</code>.
          </Text>
          {filtered && (
            <Button variant="secondary" onClick={onShowAll}>
              Show every escalation
            </Button>
          )}
        </Stack>
      </EmptyState>
    </div>
  );
}
