import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { useId } from 'react';
import { testIds } from '../../../../app/testIds';
import { type EdgeLayout } from '../../data/mapLayout';

interface Props {
  edges: EdgeLayout[];
  width: number;
  height: number;
  objectives: number;
}

/** The cause-and-effect arrows in words, for the SVG's title. */
function edgesTitle(edges: EdgeLayout[], objectives: number): string {
  if (edges.length === 0) {
    return `Strategy map of ${objectives} objectives without cause-and-effect arrows`;
  }
  const arrows = edges.map((e) => `${e.from.objective.name} drives ${e.to.objective.name}`);
  return `Strategy map of ${objectives} objectives: ${arrows.join('; ')}`;
}

export function MapEdges({ edges, width, height, objectives }: Props) {
  const styles = useStyles2(getStyles);
  // useId's colons are not valid in a url(#…) reference.
  const marker = `strategy-map-arrow${useId().replace(/:/g, '')}`;
  return (
    <svg className={styles.svg} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      <title>{edgesTitle(edges, objectives)}</title>
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX={10} refY={5} markerWidth={6} markerHeight={6} orient="auto">
          <path d="M 0 0 L 10 5 L 0 10 z" className={styles.head} />
        </marker>
      </defs>
      {edges.map(({ from, to, path }) => (
        <path
          key={`${from.objective.key}->${to.objective.key}`}
          data-testid={testIds.balancedPanel.mapEdge(from.objective.key, to.objective.key)}
          d={path}
          className={styles.edge}
          strokeWidth={1.5}
          markerEnd={`url(#${marker})`}
        />
      ))}
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  svg: css({ position: 'absolute', top: 0, left: 0, pointerEvents: 'none' }),
  edge: css({ fill: 'none', stroke: theme.colors.text.secondary }),
  head: css({ fill: theme.colors.text.secondary }),
});
