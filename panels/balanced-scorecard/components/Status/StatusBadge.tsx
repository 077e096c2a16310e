import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { type ViewStatus } from '../../data/model';
import { STATUS_LABEL, statusColor } from '../../data/status';
import { StatusIcon } from './StatusIcon';

/** Icon and words of a status, in its colour. */
export function StatusBadge({ status, testId }: { status: ViewStatus; testId?: string }) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  return (
    <span className={styles.badge} style={{ color: statusColor(theme, status) }} data-testid={testId}>
      <StatusIcon status={status} size="sm" />
      {STATUS_LABEL[status]}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  badge: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'nowrap',
  }),
});
