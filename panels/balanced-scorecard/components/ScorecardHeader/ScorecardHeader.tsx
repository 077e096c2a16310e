import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Button, Toggletip, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type ScorecardView } from '../../data/model';
import { scoreText } from '../../data/status';
import { StatusBadge } from '../Status/StatusBadge';
import { ScoreScaleInfo } from './ScoreScaleInfo';

const ROLLUP: Record<ScorecardView['rollupMode'], string> = {
  weighted: 'weighted mean',
  worst: 'worst score',
  count: 'share on track',
};

const PERIOD_TITLE = {
  one: 'The period the KPI values cover',
  varies: "KPIs cover different periods (a monthly and a quarterly KPI, say): each KPI's tooltip names its own",
  partial: '; to date: the running period, not yet complete',
};

function PeriodNote({ period }: { period: NonNullable<ScorecardView['period']> }) {
  const styles = useStyles2(getStyles);
  const title = `${period.varies ? PERIOD_TITLE.varies : PERIOD_TITLE.one}${period.partial ? PERIOD_TITLE.partial : ''}`;
  return (
    <span className={styles.period} title={title} data-testid={testIds.balancedPanel.period}>
      {period.partial ? `${period.label}, to date` : period.label}
    </span>
  );
}

/** The scorecard's score and status, how many KPIs have scores, the period, and notes on input it could not use. */
export function ScorecardHeader({ view }: { view: ScorecardView }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.header} data-testid={testIds.balancedPanel.summary}>
      <span
        className={styles.score}
        title={`Scorecard score, 0 to 10 (${ROLLUP[view.rollupMode]}); 10 is best, a goal met scores 6.7`}
      >
        {scoreText(view.score)}
      </span>
      <StatusBadge status={view.status} />
      <span className={styles.muted}>
        {view.scoredCount} of {view.kpiCount} KPIs scored · {ROLLUP[view.rollupMode]}
      </span>
      {view.period && <PeriodNote period={view.period} />}
      <ScoreScaleInfo />
      {view.problems.length > 0 && (
        <Toggletip
          title="Input the panel could not use as given"
          content={
            <ul className={styles.problems} data-testid={testIds.balancedPanel.problems}>
              {view.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          placement="bottom-start"
        >
          <Button size="sm" variant="secondary" fill="text" icon="exclamation-triangle">
            {view.problems.length === 1 ? '1 note' : `${view.problems.length} notes`}
          </Button>
        </Toggletip>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), minHeight: theme.spacing(4) }),
  score: css({ ...theme.typography.h4, margin: 0, fontVariantNumeric: 'tabular-nums' }),
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  period: css({
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  problems: css({ margin: 0, paddingLeft: theme.spacing(2), maxWidth: theme.spacing(60) }),
});
