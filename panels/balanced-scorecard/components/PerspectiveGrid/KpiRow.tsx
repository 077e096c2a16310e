import { css } from '@emotion/css';
import { formattedValueToString, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type KpiView } from '../../data/model';
import { KpiChange } from '../Kpi/KpiChange';
import { KpiName } from '../Kpi/KpiName';
import { Sparkline } from '../Sparkline/Sparkline';
import { StatusIcon } from '../Status/StatusIcon';

export interface KpiRowDisplay {
  sparklines: boolean;
  change: boolean;
  timeZone: string;
}

/** Status icon, name (tooltip, link), value against target, trend and change of one KPI. */
export function KpiRow({ kpi, display }: { kpi: KpiView; display: KpiRowDisplay }) {
  const styles = useStyles2(getStyles);
  const trendSize = useStyles2(sparklineSize);
  return (
    <div className={styles.row} data-testid={testIds.balancedPanel.kpi(kpi.key)}>
      <StatusIcon status={kpi.status} size="sm" />
      <KpiName kpi={kpi} timeZone={display.timeZone} testId={testIds.balancedPanel.kpiName(kpi.key)} />
      <span className={styles.value}>
        {kpi.value === null ? '–' : formattedValueToString(kpi.display)}
        {kpi.targetDisplay && <span className={styles.target}> / {formattedValueToString(kpi.targetDisplay)}</span>}
      </span>
      <span className={styles.trend}>
        {display.sparklines && kpi.trend && (
          <Sparkline
            trend={kpi.trend}
            width={trendSize.width}
            height={trendSize.height}
            label={`Trend of ${kpi.name}`}
          />
        )}
      </span>
      <span className={styles.change}>{display.change && kpi.change && <KpiChange change={kpi.change} />}</span>
    </div>
  );
}

const sparklineSize = (theme: GrafanaTheme2) => ({
  width: theme.spacing.gridSize * 8,
  height: theme.spacing.gridSize * 2,
});

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    display: 'grid',
    gridTemplateColumns: `auto minmax(0, 1fr) auto ${theme.spacing(8)} ${theme.spacing(9)}`,
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.25, 0),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  value: css({ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', textAlign: 'right' }),
  target: css({ color: theme.colors.text.secondary }),
  trend: css({ display: 'flex', alignItems: 'center' }),
  change: css({ textAlign: 'right' }),
});
