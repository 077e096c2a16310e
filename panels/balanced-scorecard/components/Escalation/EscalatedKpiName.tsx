import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { EscalationMarker } from '../../../shared/annotations/EscalationMarker';
import { escalationForKpi } from '../../../shared/annotations/escalations';
import { usePanelEscalations } from '../../../shared/annotations/EscalationsContext';
import { type KpiView } from '../../data/model';
import { KpiName } from '../Kpi/KpiName';

interface Props {
  kpi: KpiView;
  timeZone: string;
  testId?: string;
}

/** The KPI's name, and beside it the bell of its escalation when an annotation escalates it. */
export function EscalatedKpiName({ kpi, timeZone, testId }: Props) {
  const styles = useStyles2(getStyles);
  const { marks } = usePanelEscalations();
  const mark = escalationForKpi(marks, kpi.kpiId, kpi.name);
  if (!mark) {
    return <KpiName kpi={kpi} timeZone={timeZone} testId={testId} />;
  }
  return (
    <span className={styles.pair}>
      <KpiName kpi={kpi} timeZone={timeZone} testId={testId} />
      <EscalationMarker mark={mark} timeZone={timeZone} />
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  pair: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5), minWidth: 0 }),
});
