import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type ObjectiveView } from '../../data/model';
import { percentText, SCORE_SCALE_TITLE, scoreText } from '../../data/status';
import { StatusBadge } from '../Status/StatusBadge';
import { KpiRow, type KpiRowDisplay } from './KpiRow';

/** An objective's name, score, status and coverage, then its KPIs. */
export function ObjectiveBlock({ objective, display }: { objective: ObjectiveView; display: KpiRowDisplay }) {
  const styles = useStyles2(getStyles);
  return (
    <section className={styles.block} data-testid={testIds.balancedPanel.objective(objective.key)}>
      <header className={styles.header}>
        <span className={styles.name} title={objective.name}>
          {objective.name}
        </span>
        <span className={styles.score} title={SCORE_SCALE_TITLE}>
          {scoreText(objective.score)}
        </span>
        <StatusBadge status={objective.status} />
        {objective.coverage < 1 && (
          <span className={styles.coverage} title="Share of the objective's KPI weight with a scored value">
            {percentText(objective.coverage)} with data
          </span>
        )}
      </header>
      {objective.kpis.map((kpi) => (
        <KpiRow key={kpi.key} kpi={kpi} display={display} />
      ))}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  block: css({
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: theme.spacing(1),
    borderLeft: `1px solid ${theme.colors.border.weak}`,
  }),
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), minWidth: 0 }),
  name: css({
    fontWeight: theme.typography.fontWeightMedium,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  }),
  score: css({ fontVariantNumeric: 'tabular-nums' }),
  coverage: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'nowrap',
  }),
});
