import { css } from '@emotion/css';
import { useMemo } from 'react';
import { type GrafanaTheme2, formattedValueToString } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { LazyMount } from '../../../shared/components/LazyMount';
import { type FunnelGroupView } from '../../data/model';
import { type Options } from '../../options';
import { Legend } from '../Bars/Legend';
import { StageBar } from '../Bars/StageBar';
import { stageAriaLabel } from '../describe';
import { percent } from '../format';
import { StageEscalation } from '../Escalation/StageEscalation';
import { StageLink } from '../StageLink/StageLink';
import { testIds } from '../../../../app/testIds';
import { groupColors, groupedRows } from './layout';

/** Stages whose bars mount with the panel; the others as they scroll near (a first screenful or more). */
const EAGER_STAGES = 6;
/** Height of one breakdown bar, for the placeholder until it mounts. */
const BAR_HEIGHT_PX = 22;

interface Props {
  /** The breakdown values' funnels (the total left out). */
  groups: FunnelGroupView[];
  options: Options;
  showPrevious: boolean;
}

/** Per stage one bar per breakdown value, each the value's conversion of its own first stage. */
export function GroupedBars({ groups, options, showPrevious }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const colors = useMemo(() => groupColors(theme, groups.length), [theme, groups.length]);
  const rows = useMemo(() => groupedRows(groups, colors), [groups, colors]);
  const inProgress = options.showInProgress && groups.some((g) => g.stages.some((s) => (s.inProgress ?? 0) > 0));
  return (
    <div className={styles.root} data-testid={testIds.funnelPanel.grouped}>
      <Legend
        inProgress={inProgress}
        previous={showPrevious}
        groups={groups.map((g, i) => ({ name: g.breakdown ?? 'All', color: colors[i] ?? '' }))}
      />
      <ul role="list" aria-label="Funnel stages by breakdown" className={styles.list}>
        {rows.map((row, index) => (
          <li key={row.key} className={styles.stage} data-testid={testIds.funnelPanel.stage(row.key)}>
            <span className={styles.heading}>
              <span className={styles.name} title={row.name}>
                {row.name}
              </span>
              <StageEscalation stage={{ key: row.key, kpis: row.bars[0]?.stage.kpis ?? [] }} />
            </span>
            <LazyMount eager={index < EAGER_STAGES} estimate={row.bars.length * BAR_HEIGHT_PX}>
              <ul role="list" aria-label={`${row.name} by breakdown`} className={styles.bars}>
                {row.bars.map((bar) => (
                  <li key={bar.group}>
                    <StageLink
                      stage={bar.stage}
                      label={`${bar.group}, ${stageAriaLabel(bar.stage)}`}
                      className={styles.bar}
                    >
                      <span className={styles.group} title={bar.group}>
                        {bar.group}
                      </span>
                      <StageBar
                        stage={bar.stage}
                        geometry={bar.geometry}
                        orientation="horizontal"
                        color={bar.color}
                        showInProgress={options.showInProgress}
                        showGhost={showPrevious}
                        idKey={`${row.key}-${bar.group}`}
                      />
                      <span className={styles.numbers}>
                        {formattedValueToString(bar.stage.display)}
                        {bar.stage.conversion !== null && ` · ${percent(bar.stage.conversion)}`}
                      </span>
                    </StageLink>
                  </li>
                ))}
              </ul>
            </LazyMount>
          </li>
        ))}
      </ul>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  list: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  }),
  stage: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  heading: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), minWidth: 0 }),
  name: css({
    fontWeight: theme.typography.fontWeightMedium,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  bars: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.25),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  }),
  bar: css({
    display: 'grid',
    gridTemplateColumns: `minmax(0, ${theme.spacing(14)}) minmax(0, 1fr) ${theme.spacing(14)}`,
    alignItems: 'center',
    gap: theme.spacing(1),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  group: css({
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: theme.colors.text.secondary,
  }),
  numbers: css({ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', textAlign: 'right' }),
});
