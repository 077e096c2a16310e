import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { EscalationMarker } from '../../../shared/annotations/EscalationMarker';
import { escalationForStage } from '../../../shared/annotations/escalations';
import { usePanelEscalations } from '../../../shared/annotations/EscalationsContext';
import { type StageView } from '../../data/model';

interface Props {
  stage: Pick<StageView, 'key' | 'kpis'>;
  /** Keep the bell's room even without one, so bars beside it stay measured against the same width. */
  reserve?: boolean;
}

// Contract: the KPI datasource adds a KPI's spec.journeyStage (the stage id) to its escalation annotation's tags.
/** The bell of the stage's most pressing escalation: tagged with the stage id or one of its KPIs. */
export function StageEscalation({ stage, reserve = false }: Props) {
  const styles = useStyles2(getStyles);
  const { marks, timeZone } = usePanelEscalations();
  if (marks.size === 0) {
    return null;
  }
  const mark = escalationForStage(
    marks,
    stage.key,
    stage.kpis.map((k) => k.kpiId)
  );
  if (!mark && !reserve) {
    return null;
  }
  return <span className={styles.slot}>{mark && <EscalationMarker mark={mark} timeZone={timeZone} />}</span>;
}

const getStyles = (theme: GrafanaTheme2) => ({
  slot: css({ display: 'inline-flex', flexShrink: 0, width: theme.spacing(2) }),
});
