// An SVG drawing of a node graph: circles with title, subtitle and main stat; edges as arrows; columns by depth.
import { useId } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { Graph } from './graph';
import { placeNodes } from './layout';
import { hostTestIds } from '../../../testIds';

const R = 28;
const COLUMN = 200;
const ROW = 120;
const MARGIN = 60;

interface Props {
  graph: Graph;
  width: number;
  height: number;
}

export function NodeGraphView({ graph, width, height }: Props) {
  const styles = useStyles2(getStyles);
  const arrow = useId().replace(/:/g, '');
  const nodes = placeNodes(graph);
  const at = new Map(nodes.map((n) => [n.id, { x: MARGIN + n.column * COLUMN, y: MARGIN + n.row * ROW }]));
  const viewWidth = MARGIN * 2 + Math.max(0, ...nodes.map((n) => n.column)) * COLUMN;
  const viewHeight = MARGIN * 2 + Math.max(0, ...nodes.map((n) => n.row)) * ROW;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${viewWidth} ${viewHeight}`}
      data-testid={hostTestIds.nodeGraph.root}
    >
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className={styles.arrow} />
        </marker>
      </defs>
      {graph.edges.map((edge) => {
        const [a, b] = [at.get(edge.source), at.get(edge.target)];
        if (!a || !b) {
          return null;
        }
        const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const [dx, dy] = [(b.x - a.x) / length, (b.y - a.y) / length];
        return (
          <g key={edge.id} data-testid={hostTestIds.nodeGraph.edge} data-source={edge.source} data-target={edge.target}>
            <line
              x1={a.x + dx * R}
              y1={a.y + dy * R}
              x2={b.x - dx * (R + 2)}
              y2={b.y - dy * (R + 2)}
              className={styles.edge}
              markerEnd={`url(#${arrow})`}
            />
            {edge.mainStat && (
              <text x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 6} className={styles.secondary} textAnchor="middle">
                {edge.mainStat}
              </text>
            )}
          </g>
        );
      })}
      {nodes.map((node) => {
        const { x, y } = at.get(node.id) ?? { x: 0, y: 0 };
        return (
          <g key={node.id} data-testid={hostTestIds.nodeGraph.node} data-id={node.id}>
            <circle cx={x} cy={y} r={R} className={styles.node} />
            <text x={x} y={y + 4} className={styles.stat} textAnchor="middle">
              {node.mainStat}
            </text>
            <text x={x} y={y + R + 16} className={styles.title} textAnchor="middle">
              {node.title}
            </text>
            <text x={x} y={y + R + 30} className={styles.secondary} textAnchor="middle">
              {node.subTitle}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  node: css({ fill: theme.colors.background.secondary, stroke: theme.colors.primary.main, strokeWidth: 2 }),
  edge: css({ stroke: theme.colors.text.secondary, strokeWidth: 1.5 }),
  arrow: css({ fill: theme.colors.text.secondary }),
  stat: css({ fill: theme.colors.text.primary, fontSize: theme.typography.bodySmall.fontSize }),
  title: css({ fill: theme.colors.text.primary, fontSize: theme.typography.body.fontSize }),
  secondary: css({ fill: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
