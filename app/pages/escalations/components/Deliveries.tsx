import { Badge, type Column, InteractiveTable, Text } from '@grafana/ui';
import { type DeliveryView } from '../../../../core/escalation/api';
import { byReceiver, deliveryStatus } from '../data/describe';
import { escalationsTestIds as ids } from '../testIds';

interface Props {
  deliveries: DeliveryView[];
  now: number;
  timeZone: string;
}

/** Each notice per receiver: delivered, pending with its next attempt, or failed with the last error. */
export function Deliveries({ deliveries, now, timeZone }: Props) {
  if (deliveries.length === 0) {
    return (
      <Text color="secondary" data-testid={ids.noDeliveries}>
        Nothing has been sent to a receiver yet.
      </Text>
    );
  }
  const columns: Array<Column<DeliveryView>> = [
    {
      id: 'receiver',
      header: 'Receiver',
      cell: ({ row: { original: d } }) => (
        <span data-testid={ids.delivery(d.key, d.receiver)}>
          {d.receiver} <Text color="secondary">({d.receiverType})</Text>
        </span>
      ),
    },
    { id: 'reason', header: 'Notice' },
    { id: 'level', header: 'Level' },
    {
      id: 'status',
      header: 'Status',
      cell: ({ row: { original: d } }) => {
        const status = deliveryStatus(d, now, timeZone);
        return (
          <>
            <Badge color={status.color} text={status.label} /> {status.detail}
          </>
        );
      },
    },
  ];
  return (
    <InteractiveTable columns={columns} data={byReceiver(deliveries)} getRowId={(d) => `${d.key}/${d.receiver}`} />
  );
}
