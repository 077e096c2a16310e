import { Badge, type Column, InteractiveTable, Text } from '@grafana/ui';
import { type EscalationView } from '../../../../core/escalation/api';
import { formatInUnit } from '../../catalog/data/formatInUnit';
import { numberText } from '../data/describe';
import { whenText } from '../data/time';
import { escalationsTestIds as ids } from '../testIds';

type Period = EscalationView['breach']['detail'][number];
type Notification = EscalationView['notifications'][number];

const STATUS_COLOR = { ok: 'green', warning: 'orange', critical: 'red', 'no-data': 'darkgrey' } as const;

const inUnit = (n: number | null | undefined, unit: string) =>
  n === null || n === undefined || unit === '' ? numberText(n) : formatInUnit(n, unit);

const periodColumns = (unit: string): Array<Column<Period>> => [
  {
    id: 'period',
    header: 'Period',
    cell: ({ row: { original: p } }) => <span data-testid={ids.breachPeriod(p.period)}>{p.period}</span>,
  },
  { id: 'value', header: 'Value', cell: ({ row: { original: p } }) => inUnit(p.value, unit) },
  { id: 'target', header: 'Target', cell: ({ row: { original: p } }) => inUnit(p.target, unit) },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row: { original: p } }) => (
      <>
        <Badge color={STATUS_COLOR[p.status]} text={p.status} />{' '}
        {p.belowTarget && <Text color="secondary">below target</Text>}
      </>
    ),
  },
];

/** The periods that met the policy's condition when the escalation opened, in the KPI's unit. */
export function BreachPeriods({ periods, unit }: { periods: Period[]; unit: string }) {
  return <InteractiveTable columns={periodColumns(unit)} data={periods} getRowId={(p) => p.period} />;
}

interface NotificationsProps {
  notifications: Notification[];
  now: number;
  timeZone: string;
}

/** Each notice sent, by level and sequence (2 and up are re-notifications). */
export function Notifications({ notifications, now, timeZone }: NotificationsProps) {
  if (notifications.length === 0) {
    return <Text color="secondary">No notification sent yet.</Text>;
  }
  const columns: Array<Column<Notification>> = [
    { id: 'level', header: 'Level' },
    { id: 'sequence', header: 'Sequence' },
    { id: 'at', header: 'Sent', cell: ({ row: { original: n } }) => whenText(n.at, now, timeZone) },
    {
      id: 'key',
      header: 'Idempotency key',
      cell: ({ row: { original: n } }) => <code data-testid={ids.notification(n.key)}>{n.key}</code>,
    },
  ];
  return <InteractiveTable columns={columns} data={notifications} getRowId={(n) => n.key} />;
}
