import { Badge, type BadgeColor } from '@grafana/ui';
import { type EscalationState } from '../../../../core/escalation/api';

const COLOR: Record<EscalationState, BadgeColor> = { open: 'red', acknowledged: 'orange', resolved: 'green' };
const ICON = { open: 'exclamation-triangle', acknowledged: 'eye', resolved: 'check' } as const;

export function StateBadge({ state }: { state: EscalationState }) {
  return <Badge color={COLOR[state]} icon={ICON[state]} text={state} />;
}
