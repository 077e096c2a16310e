import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type BandLayout, type NodeLayout } from '../../data/mapLayout';
import { BandSummary } from './BandSummary';
import { MapNode } from './MapNode';

/** One perspective's band: its summary in the header strip, its objectives placed below. */
export function MapBand({ band, nodes }: { band: BandLayout; nodes: NodeLayout[] }) {
  const styles = useStyles2(getStyles);
  const { perspective, rect, header } = band;
  return (
    <section
      aria-label={perspective.name}
      data-testid={testIds.balancedPanel.mapBand(perspective.key)}
      className={styles.band}
      style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
    >
      <div className={styles.header} style={{ height: header.height }}>
        <div className={styles.summary}>
          <BandSummary perspective={perspective} width={header.width} />
        </div>
      </div>
      <div role="list" aria-label={`${perspective.name} objectives`}>
        {nodes.map((node) => (
          <MapNode key={node.objective.key} objective={node.objective} rect={node.rect} origin={rect} />
        ))}
      </div>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  band: css({
    position: 'absolute',
    boxSizing: 'border-box',
    '& + &': { borderTop: `1px solid ${theme.colors.border.weak}` },
  }),
  header: css({
    display: 'flex',
    alignItems: 'center',
    padding: theme.spacing(0, 1),
  }),
  // Keeps the perspective in view while a wide map scrolls sideways.
  summary: css({ position: 'sticky', left: theme.spacing(1), minWidth: 0 }),
});
