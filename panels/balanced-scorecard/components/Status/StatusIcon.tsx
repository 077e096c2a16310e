import { Icon, useTheme2 } from '@grafana/ui';
import { type ViewStatus } from '../../data/model';
import { STATUS_ICON, STATUS_LABEL, statusColor } from '../../data/status';

/** The status's icon in its colour, named for screen readers and on hover. */
export function StatusIcon({ status, size = 'md' }: { status: ViewStatus; size?: 'sm' | 'md' | 'lg' }) {
  const theme = useTheme2();
  return (
    <Icon
      name={STATUS_ICON[status]}
      size={size}
      color={statusColor(theme, status)}
      title={STATUS_LABEL[status]}
      aria-label={STATUS_LABEL[status]}
    />
  );
}
