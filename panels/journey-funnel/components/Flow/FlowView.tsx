import { css } from '@emotion/css';
import { useMemo } from 'react';
import { type GrafanaTheme2, formattedValueToString } from '@grafana/data';
import { Icon, useStyles2, useTheme2 } from '@grafana/ui';
import { type StageView } from '../../data/model';
import { dropOffText } from '../describe';
import { percent } from '../format';
import { lostShare } from '../Bars/layout';
import { StageLink } from '../StageLink/StageLink';
import { testIds } from '../../../../app/testIds';
import { flowLayout } from './layout';

interface Props {
  stages: StageView[];
  width: number;
  height: number;
}

/** Stages as nodes left to right, converters flowing on, the lost branching away below. */
export function FlowView({ stages, width, height }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const grid = theme.spacing.gridSize;
  const layout = useMemo(
    () =>
      flowLayout(
        stages.map((s) => s.value),
        {
          width,
          height: Math.max(height, grid * 20),
          minColumn: grid * 15,
          nodeWidth: grid * 2,
          labelHeight: grid * 8,
          dropHeight: grid * 5,
        }
      ),
    [stages, width, height, grid]
  );
  const svgHeight = Math.max(height, grid * 20);
  return (
    <div className={styles.scroll} data-testid={testIds.funnelPanel.flow}>
      <div className={styles.canvas} style={{ width: layout.width, height: svgHeight }}>
        <svg width={layout.width} height={svgHeight} className={styles.svg} aria-hidden>
          {layout.links.map((link, i) => {
            const next = stages[i + 1];
            return (
              next && (
                <path
                  key={next.key}
                  d={link.path}
                  fill={next.color}
                  fillOpacity={0.35}
                  data-testid={testIds.funnelPanel.flowLink(next.key)}
                />
              )
            );
          })}
          {layout.drops.map((drop, i) => {
            const next = stages[i + 1];
            return (
              next &&
              drop.thickness > 0 && (
                <g key={next.key} data-testid={testIds.funnelPanel.flowDropOff(next.key)}>
                  <path d={drop.path} fill={theme.colors.error.transparent} />
                  {next.dropOff !== null && (
                    <text
                      x={drop.end.x + grid / 2}
                      y={drop.end.y + drop.thickness}
                      className={styles.dropText}
                      fill={theme.colors.text.secondary}
                    >
                      {dropOffText(next.dropOff, lostShare(next, stages[i]))}
                    </text>
                  )}
                </g>
              )
            );
          })}
          {layout.nodes.map((node, i) => {
            const stage = stages[i];
            return (
              stage && (
                <rect
                  key={stage.key}
                  {...node}
                  fill={stage.impossible ? theme.colors.warning.transparent : stage.color}
                  stroke={stage.impossible ? theme.colors.warning.border : undefined}
                  strokeDasharray={stage.impossible ? '4 2' : undefined}
                  data-testid={testIds.funnelPanel.flowNode(stage.key)}
                />
              )
            );
          })}
        </svg>
        <ul role="list" aria-label="Funnel stages" className={styles.labels}>
          {stages.map((stage, i) => (
            <li
              key={stage.key}
              className={styles.label}
              style={{ left: i * layout.columnWidth, width: layout.columnWidth }}
              data-testid={testIds.funnelPanel.stage(stage.key)}
            >
              <StageLink stage={stage}>
                <span className={styles.name} title={stage.name}>
                  {stage.impossible && (
                    <Icon name="exclamation-triangle" size="xs" title={stage.problem ?? 'Impossible value'} />
                  )}
                  {stage.name}
                </span>
                <span className={styles.numbers}>
                  <strong>{formattedValueToString(stage.display)}</strong>
                  {stage.conversion !== null && ` · ${percent(stage.conversion)}`}
                </span>
              </StageLink>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  scroll: css({ overflow: 'auto', width: '100%', height: '100%' }),
  canvas: css({ position: 'relative' }),
  svg: css({ position: 'absolute', left: 0, top: 0 }),
  labels: css({ listStyle: 'none', margin: 0, padding: 0 }),
  label: css({
    position: 'absolute',
    top: 0,
    height: theme.spacing(8),
    padding: theme.spacing(0, 0.5),
    textAlign: 'center',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  name: css({
    display: 'block',
    fontWeight: theme.typography.fontWeightMedium,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  numbers: css({ display: 'block', fontVariantNumeric: 'tabular-nums' }),
  dropText: css({ fontSize: theme.typography.bodySmall.fontSize }),
});
