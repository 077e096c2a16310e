import { Button, type Column, InteractiveTable, Stack, Text } from '@grafana/ui';
import { type EscalationView } from '../../../../core/escalation/api';
import { breachSummary, byAt, resolvedText } from '../data/describe';
import { absolute, relative } from '../data/time';
import { escalationsTestIds as ids } from '../testIds';
import { StateBadge } from './StateBadge';

interface Props {
  escalations: EscalationView[];
  now: number;
  timeZone: string;
  onSelect: (id: string) => void;
}

type Cell = { row: { original: EscalationView } };

/** The escalations newest first; the KPI opens the detail. */
export function EscalationTable({ escalations, now, timeZone, onSelect }: Props) {
  const columns: Array<Column<EscalationView>> = [
    {
      id: 'kpi',
      header: 'KPI',
      cell: ({ row: { original: e } }: Cell) => (
        <Stack direction="column" gap={0}>
          <Button
            data-testid={ids.select(e.id)}
            variant="primary"
            fill="text"
            size="sm"
            tooltip="Show breach periods, notifications and deliveries"
            onClick={() => onSelect(e.id)}
          >
            {e.kpiName === '' ? e.kpi : e.kpiName}
          </Button>
          <Text color="secondary" variant="bodySmall">
            {e.kpi}
          </Text>
        </Stack>
      ),
    },
    { id: 'owner', header: 'Owner', cell: ({ row: { original: e } }: Cell) => (e.owner === '' ? '—' : e.owner) },
    {
      id: 'policy',
      header: 'Policy',
      cell: ({ row: { original: e } }: Cell) => `${e.policyName === '' ? e.policy : e.policyName} v${e.policyVersion}`,
    },
    { id: 'state', header: 'State', cell: ({ row: { original: e } }: Cell) => <StateBadge state={e.state} /> },
    {
      id: 'level',
      header: 'Level',
      cell: ({ row: { original: e } }: Cell) => (
        <Stack direction="column" gap={0}>
          <span>{e.level === 0 ? 'not yet notified' : e.level}</span>
          {e.deferredUntil !== null && (
            <Text color="warning" variant="bodySmall">
              held until {absolute(e.deferredUntil, timeZone)}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      id: 'opened',
      header: 'Opened',
      cell: ({ row: { original: e } }: Cell) => (
        <span title={e.openedAt}>
          {relative(e.openedAt, now)} <Text color="secondary">({absolute(e.openedAt, timeZone)})</Text>
        </span>
      ),
    },
    { id: 'breach', header: 'Breach', cell: ({ row: { original: e } }: Cell) => breachSummary(e.breach) },
    {
      id: 'acknowledged',
      header: 'Acknowledged',
      cell: ({ row: { original: e } }: Cell) => byAt(e.acknowledgedBy, e.acknowledgedAt, now, timeZone),
    },
    {
      id: 'resolved',
      header: 'Resolved',
      cell: ({ row: { original: e } }: Cell) => resolvedText(e, now, timeZone),
    },
  ];
  return (
    <div data-testid={ids.list}>
      <InteractiveTable columns={columns} data={escalations} getRowId={(e) => e.id} pageSize={50} />
    </div>
  );
}
