import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { escalationForKpi } from '../../../shared/annotations/escalations';
import { usePanelEscalations } from '../../../shared/annotations/EscalationsContext';
import { type PerspectiveView } from '../../data/model';

/** How many of the perspective's KPIs have an open escalation; nothing when none. */
export function OpenEscalations({ perspective }: { perspective: PerspectiveView }) {
  const styles = useStyles2(getStyles);
  const { marks } = usePanelEscalations();
  if (marks.size === 0) {
    return null;
  }
  const open = perspective.objectives
    .flatMap((o) => o.kpis)
    .filter((kpi) => escalationForKpi(marks, kpi.kpiId, kpi.name)?.state === 'open').length;
  if (open === 0) {
    return null;
  }
  return (
    <span className={styles.count}>
      <Icon name="bell" size="xs" aria-hidden />
      {`${open} open escalation${open === 1 ? '' : 's'}`}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  count: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: theme.colors.error.text,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
