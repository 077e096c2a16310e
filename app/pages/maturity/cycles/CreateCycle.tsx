import { useState } from 'react';
import { Button, Modal, Stack, Text } from '@grafana/ui';
import { type Cycle } from '../../../../core/maturity/api';
import { currentRole } from '../../../api/kpiServer';
import { CreateCycleForm } from './CreateCycleForm';
import { cyclesTestIds as ids } from './testIds';

/** The create button, disabled with the reason for anyone but a Grafana Admin, and the form in a modal. */
export function CreateCycle({ cycles }: { cycles: Cycle[] }) {
  const [open, setOpen] = useState(false);
  const role = currentRole();
  const blocked = role === 'Admin' ? undefined : `Creating a cycle needs the Admin role; you are ${role}`;
  return (
    <Stack gap={1} alignItems="center">
      <Button data-testid={ids.create} icon="plus" disabled={blocked !== undefined} onClick={() => setOpen(true)}>
        New cycle
      </Button>
      {blocked !== undefined && (
        <Text color="secondary" variant="bodySmall" data-testid={ids.createBlocked}>
          {blocked}
        </Text>
      )}
      <Modal title="New maturity cycle" isOpen={open} onDismiss={() => setOpen(false)}>
        {open && <CreateCycleForm cycles={cycles} onCancel={() => setOpen(false)} />}
      </Modal>
    </Stack>
  );
}
