import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type StageView } from '../../data/model';
import { tooltipLines } from '../describe';
import { humanDuration } from '../format';
import { kpiStatus } from '../StageKpis/status';

/** Count, both conversions with their intervals, previous period, time to convert, in progress and KPI targets. */
export function StageTooltip({ stage }: { stage: StageView }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.root}>
      <div className={styles.title}>{stage.name}</div>
      {stage.impossible && stage.problem && (
        <div className={styles.problem}>
          <Icon name="exclamation-triangle" size="sm" aria-hidden />
          {stage.problem}
        </div>
      )}
      <dl className={styles.lines}>
        {tooltipLines(stage, humanDuration).map((line) => (
          <div key={line.label} className={styles.line}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
        {stage.kpis.map((kpi) => (
          <div key={kpi.kpiId} className={styles.line}>
            <dt>{kpi.name}</dt>
            <dd>
              {kpi.valueText}
              {kpi.targetText !== null && ` of target ${kpi.targetText}`}
              {' · '}
              <Icon name={kpiStatus(kpi.status).icon} size="xs" aria-hidden /> {kpi.statusWord}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5), maxWidth: theme.spacing(50) }),
  title: css({ fontWeight: theme.typography.fontWeightMedium, overflowWrap: 'anywhere' }),
  problem: css({ display: 'flex', gap: theme.spacing(0.5), alignItems: 'center', color: theme.colors.warning.text }),
  lines: css({ margin: 0, display: 'grid', gap: theme.spacing(0.25) }),
  line: css({
    display: 'grid',
    gridTemplateColumns: `${theme.spacing(16)} 1fr`,
    gap: theme.spacing(1),
    dt: { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightRegular },
    dd: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  }),
});
