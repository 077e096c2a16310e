import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { LazyMount } from '../../../shared/components/LazyMount';
import { type FunnelGroupView } from '../../data/model';
import { type Options } from '../../options';
import { FunnelBars } from '../Bars/FunnelBars';
import { testIds } from '../../../../app/testIds';
import { groupName } from './layout';

/** Funnels that mount with the panel (about a row of cells); the others as they scroll near. */
const EAGER_CELLS = 4;
/** Height of one stage in a small funnel, for the placeholder until it mounts. */
const STAGE_HEIGHT_PX = 44;

interface Props {
  groups: FunnelGroupView[];
  options: Options;
  showPrevious: boolean;
}

/** One small funnel per group in a grid that wraps with the panel's width. */
export function SmallMultiples({ groups, options, showPrevious }: Props) {
  const styles = useStyles2(getStyles);
  // Small funnels are bars across, whatever the orientation: columns would not fit a grid cell.
  const small: Options = { ...options, orientation: 'horizontal', showStageKpis: false };
  return (
    <div className={styles.grid} data-testid={testIds.funnelPanel.multiples}>
      {groups.map((group, i) => (
        <section key={groupName(group)} className={styles.cell} data-testid={testIds.funnelPanel.multiple(i)}>
          <h3 className={styles.title} title={groupName(group)}>
            {groupName(group)}
          </h3>
          <LazyMount eager={i < EAGER_CELLS} estimate={group.stages.length * STAGE_HEIGHT_PX}>
            <FunnelBars
              stages={group.stages}
              options={small}
              showPrevious={showPrevious}
              timeToConvert={[]}
              label={`Funnel stages of ${groupName(group)}`}
            />
          </LazyMount>
        </section>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  grid: css({
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fill, minmax(${theme.spacing(30)}, 1fr))`,
    gap: theme.spacing(2),
  }),
  cell: css({
    minWidth: 0,
    padding: theme.spacing(1),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
  title: css({
    ...theme.typography.h6,
    margin: theme.spacing(0, 0, 1),
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
});
