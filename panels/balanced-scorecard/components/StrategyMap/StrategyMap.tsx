import { css } from '@emotion/css';
import { useStyles2 } from '@grafana/ui';
import { useMemo } from 'react';
import { testIds } from '../../../../app/testIds';
import { layoutStrategyMap } from '../../data/mapLayout';
import { type ScorecardView } from '../../data/model';
import { MapBand } from './MapBand';
import { MapEdges } from './MapEdges';
import { MapTooSmall } from './MapTooSmall';

export interface StrategyMapProps {
  view: ScorecardView;
  width: number;
  height: number;
}

/** Objectives in one band per perspective with their cause-and-effect arrows; scrolls sideways when wide. */
export function StrategyMap({ view, width, height }: StrategyMapProps) {
  const styles = useStyles2(getStyles);
  const layout = useMemo(() => layoutStrategyMap(view, { width, height }), [view, width, height]);
  if (layout.kind === 'too-small') {
    return <MapTooSmall view={view} minimum={layout.minimum} width={width} height={height} />;
  }
  return (
    <div data-testid={testIds.balancedPanel.map} className={styles.scroller} style={{ width, height }}>
      <div className={styles.canvas} style={{ width: layout.width, height: layout.height }}>
        <MapEdges edges={layout.edges} width={layout.width} height={layout.height} objectives={layout.nodes.length} />
        {layout.bands.map((band) => (
          <MapBand
            key={band.perspective.key}
            band={band}
            nodes={layout.nodes.filter((node) => node.band === band.perspective.key)}
          />
        ))}
      </div>
    </div>
  );
}

const getStyles = () => ({
  scroller: css({ overflowX: 'auto', overflowY: 'hidden' }),
  canvas: css({ position: 'relative' }),
});
