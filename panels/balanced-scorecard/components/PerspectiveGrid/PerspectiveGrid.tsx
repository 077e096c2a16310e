import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type ScorecardView } from '../../data/model';
import { cardBudget, gridLayout } from '../../data/gridLayout';
import { type KpiRowDisplay } from './KpiRow';
import { PerspectiveCard } from './PerspectiveCard';

interface Props {
  view: ScorecardView;
  width: number;
  height: number;
  display: KpiRowDisplay;
}

/** Perspectives in quadrants (two columns when there is room), each with its objectives and KPIs. */
export function PerspectiveGrid({ view, width, height, display }: Props) {
  const styles = useStyles2(getStyles);
  const { gridSize } = useTheme2().spacing;
  const layout = gridLayout(view.perspectives.length, width, height, gridSize);
  const budget = cardBudget(layout, view.perspectives.length, height, gridSize);
  return (
    <div
      className={styles.grid}
      data-testid={testIds.balancedPanel.grid}
      style={{
        gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`,
        gridAutoRows: layout.fill ? 'minmax(0, 1fr)' : 'max-content',
        overflowY: layout.fill ? 'hidden' : 'auto',
      }}
    >
      {view.perspectives.map((p) => (
        <PerspectiveCard key={p.key} perspective={p} display={display} summary={layout.summary} budget={budget} />
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  grid: css({ display: 'grid', gap: theme.spacing(1), height: '100%', minHeight: 0 }),
});
