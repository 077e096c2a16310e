import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { type TrendView } from '../../data/model';
import { polylinePoints, sparklineShape } from '../../data/sparklinePath';

interface Props {
  trend: TrendView;
  width: number;
  height: number;
  /** What a screen reader announces, e.g. "Trend of NPS". */
  label: string;
}

/** A plain SVG trend line: cheap enough for hundreds per panel, unlike a uPlot instance each. */
export function Sparkline({ trend, width, height, label }: Props) {
  const styles = useStyles2(getStyles);
  const dot = useTheme2().spacing.gridSize / 4;
  const { segments, last } = sparklineShape(trend, { width, height, inset: dot });
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {segments.map((points, i) =>
        points.length > 1 ? (
          <polyline key={i} points={polylinePoints(points)} className={styles.line} />
        ) : (
          <circle key={i} cx={points[0]?.x} cy={points[0]?.y} r={dot / 2} className={styles.dot} />
        )
      )}
      {last && <circle cx={last.x} cy={last.y} r={dot} className={styles.dot} data-last="" />}
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  line: css({
    fill: 'none',
    stroke: theme.colors.primary.main,
    strokeWidth: theme.spacing.gridSize / 6,
    strokeLinejoin: 'round',
    strokeLinecap: 'round',
  }),
  dot: css({ fill: theme.colors.primary.main }),
});
