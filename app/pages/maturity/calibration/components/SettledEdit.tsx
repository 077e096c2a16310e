import { type ReactNode } from 'react';
import { Button, Stack } from '@grafana/ui';
import { calibrationTestIds as ids } from '../testIds';

interface Props {
  id: string;
  editing: boolean;
  onStart: () => void;
  onKeep: () => void;
  /** The settle control, shown while editing. */
  children: ReactNode;
}

/** "Change settlement" on a settled criterion, then its settle control and "Keep as settled". */
export function SettledEdit({ id, editing, onStart, onKeep, children }: Props) {
  if (!editing) {
    return (
      <div>
        <Button data-testid={ids.change(id)} size="sm" variant="secondary" icon="pen" onClick={onStart}>
          Change settlement
        </Button>
      </div>
    );
  }
  return (
    <Stack direction="column" gap={1}>
      {children}
      <div>
        <Button size="sm" variant="secondary" fill="text" onClick={onKeep}>
          Keep as settled
        </Button>
      </div>
    </Stack>
  );
}
