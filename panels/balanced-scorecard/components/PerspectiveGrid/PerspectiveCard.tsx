import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type PerspectiveView } from '../../data/model';
import { percentText, scoreText } from '../../data/status';
import { StatusBadge } from '../Status/StatusBadge';
import { type KpiRowDisplay } from './KpiRow';
import { ObjectiveBlock } from './ObjectiveBlock';

interface Props {
  perspective: PerspectiveView;
  display: KpiRowDisplay;
  /** Only the perspective's score and status: the panel is too small for objectives and KPIs. */
  summary: boolean;
}

/** One quadrant: the perspective's score and status, its objectives and their KPIs, scrolling within. */
export function PerspectiveCard({ perspective, display, summary }: Props) {
  const styles = useStyles2(getStyles);
  const kpis = perspective.objectives.reduce((n, o) => n + o.kpis.length, 0);
  return (
    <article className={styles.card} data-testid={testIds.balancedPanel.perspective(perspective.key)}>
      <header className={styles.header}>
        <span className={styles.name}>{perspective.name}</span>
        <span className={styles.score}>{scoreText(perspective.score)}</span>
        <StatusBadge status={perspective.status} />
        {perspective.coverage < 1 && (
          <span className={styles.muted}>{percentText(perspective.coverage)} with data</span>
        )}
      </header>
      {summary ? (
        <span className={styles.muted}>
          {perspective.objectives.length} objectives, {kpis} KPIs
        </span>
      ) : (
        <div className={styles.body}>
          {perspective.objectives.map((o) => (
            <ObjectiveBlock key={o.key} objective={o} display={display} />
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
    padding: theme.spacing(1),
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
