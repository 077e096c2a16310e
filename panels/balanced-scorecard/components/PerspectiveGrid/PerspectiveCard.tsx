import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type PerspectiveView } from '../../data/model';
import { objectiveHeight } from '../../data/gridLayout';
import { eagerCount } from '../../data/lazyPlan';
import { percentText, SCORE_SCALE_TITLE, scoreText } from '../../data/status';
import { LazyMount } from '../../../shared/components/LazyMount';
import { OpenEscalations } from '../Escalation/OpenEscalations';
import { StatusBadge } from '../Status/StatusBadge';
import { type KpiRowDisplay } from './KpiRow';
import { ObjectiveBlock } from './ObjectiveBlock';

interface Props {
  perspective: PerspectiveView;
  display: KpiRowDisplay;
  /** Only the perspective's score and status: the panel is too small for objectives and KPIs. */
  summary: boolean;
  /** Height in px the first paint must fill: objectives beyond it mount when scrolled near. */
  budget: number;
}

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One quadrant: the perspective's score and status, its objectives and their KPIs, scrolling within. */
export function PerspectiveCard({ perspective, display, summary, budget }: Props) {
  const styles = useStyles2(getStyles);
  const { gridSize } = useTheme2().spacing;
  const heights = perspective.objectives.map((o) => objectiveHeight(o.kpis.length, gridSize));
  const eager = eagerCount(heights, budget);
  const kpis = perspective.objectives.reduce((n, o) => n + o.kpis.length, 0);
  return (
    <article className={styles.card} data-testid={testIds.balancedPanel.perspective(perspective.key)}>
      <header className={styles.header}>
        <span className={styles.name}>{perspective.name}</span>
        <span className={styles.score} title={SCORE_SCALE_TITLE}>
          {scoreText(perspective.score)}
        </span>
        <StatusBadge status={perspective.status} />
        {perspective.coverage < 1 && (
          <span className={styles.muted}>{percentText(perspective.coverage)} with data</span>
        )}
        <OpenEscalations perspective={perspective} />
        {summary && (
          <span className={styles.muted}>
            {counted(perspective.objectives.length, 'objective')}, {counted(kpis, 'KPI')}
          </span>
        )}
      </header>
      {summary ? null : (
        <div className={styles.body}>
          {perspective.objectives.map((o, i) => (
            <LazyMount key={o.key} eager={i < eager} estimate={heights[i] ?? 0}>
              <ObjectiveBlock objective={o} display={display} />
            </LazyMount>
          ))}
        </div>
      )}
    </article>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    minHeight: 0,
    minWidth: 0,
    padding: theme.spacing(0.5, 1),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), flexWrap: 'wrap' }),
  name: css({ ...theme.typography.h5, margin: 0 }),
  score: css({ ...theme.typography.h5, margin: 0, fontVariantNumeric: 'tabular-nums' }),
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  body: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), overflowY: 'auto', minHeight: 0 }),
});
