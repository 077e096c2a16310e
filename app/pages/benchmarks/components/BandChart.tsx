import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { bandExtent, type KpiRow } from '../data/kpiRows';
import { benchmarksTestIds as ids } from '../testIds';

const W = 40;
const H = 160;
const PAD = 16;

/** Per period the p10–p90 band, the p25–p75 band and the median; suppressed periods marked. */
export function BandChart({ rows, format }: { rows: KpiRow[]; format: (v: number) => string }) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const extent = bandExtent(rows);
  if (extent === null) {
    return null;
  }
  const span = extent.max - extent.min || 1;
  const y = (v: number) => PAD + (H - 2 * PAD) * (1 - (v - extent.min) / span);
  const band = theme.visualization.getColorByName('blue');
  return (
    <svg
      data-testid={ids.kpiChart}
      className={styles.svg}
      viewBox={`0 0 ${rows.length * W + 2 * PAD} ${H + PAD}`}
      role="img"
      aria-label={`Bands from ${format(extent.min)} to ${format(extent.max)}`}
    >
      <text x={0} y={PAD - 4} className={styles.axis}>
        {format(extent.max)}
      </text>
      <text x={0} y={H} className={styles.axis}>
        {format(extent.min)}
      </text>
      {rows.map((r, i) => {
        const x = PAD + i * W + W / 4;
        const label = (
          <title>{r.band === null ? `${r.label}: suppressed` : `${r.label}: median ${format(r.band.p50)}`}</title>
        );
        if (r.band === null) {
          return (
            <text key={r.label} x={x + W / 4} y={H / 2} textAnchor="middle" className={styles.axis}>
              {label}×
            </text>
          );
        }
        const b = r.band;
        return (
          <g key={r.label}>
            {label}
            <rect
              x={x}
              width={W / 2}
              y={y(b.p90)}
              height={Math.max(1, y(b.p10) - y(b.p90))}
              fill={band}
              opacity={0.25}
            />
            <rect
              x={x}
              width={W / 2}
              y={y(b.p75)}
              height={Math.max(1, y(b.p25) - y(b.p75))}
              fill={band}
              opacity={0.6}
            />
            <line
              x1={x - 2}
              x2={x + W / 2 + 2}
              y1={y(b.p50)}
              y2={y(b.p50)}
              stroke={theme.colors.text.primary}
              strokeWidth={2}
            />
          </g>
        );
      })}
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  svg: css({ width: '100%', maxWidth: theme.spacing(100), height: theme.spacing(22) }),
  axis: css({ fill: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
