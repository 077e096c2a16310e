import { Badge, type BadgeColor } from '@grafana/ui';

const COLORS: Record<string, BadgeColor> = {
  approved: 'green',
  proposed: 'orange',
  draft: 'blue',
  rejected: 'red',
  retired: 'darkgrey',
};

export function StateBadge({ state }: { state: string }) {
  return <Badge text={state} color={COLORS[state] ?? 'darkgrey'} />;
}
