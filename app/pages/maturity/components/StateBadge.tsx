import { Badge, type BadgeColor } from '@grafana/ui';
import { type CycleState } from '../../../../core/maturity/api';

const COLOR: Record<CycleState, BadgeColor> = { open: 'blue', calibration: 'orange', released: 'green' };
const ICON = { open: 'edit', calibration: 'comments-alt', released: 'check' } as const;

export function StateBadge({ state }: { state: CycleState }) {
  return <Badge color={COLOR[state]} icon={ICON[state]} text={state} />;
}
