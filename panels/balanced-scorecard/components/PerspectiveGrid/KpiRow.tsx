import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type KpiView } from '../../data/model';
import { valueAgainstTarget } from '../../data/status';
import { EscalatedKpiName } from '../Escalation/EscalatedKpiName';
import { KpiChange } from '../Kpi/KpiChange';
import { Sparkline } from '../Sparkline/Sparkline';
import { StatusIcon } from '../Status/StatusIcon';

export interface KpiRowDisplay {
  /** Whether the rows have a trend column, and a change column. */
  sparklines: boolean;
  change: boolean;
  timeZone: string;
}

/** Status icon, name (tooltip, link), value against target, trend and change of one KPI. */
export function KpiRow({ kpi, display }: { kpi: KpiView; display: KpiRowDisplay }) {
  const styles = useStyles2(getStyles, display.sparklines, display.change);
  const shown = valueAgainstTarget(kpi);
  return (
    <div className={styles.row} data-testid={testIds.balancedPanel.kpi(kpi.key)}>
      <StatusIcon status={kpi.status} size="sm" />
      <EscalatedKpiName kpi={kpi} timeZone={display.timeZone} testId={testIds.balancedPanel.kpiName(kpi.key)} />
      <span className={styles.value}>
        <span className={cx(kpi.valueNote && styles.note)} title={kpi.valueNote ?? undefined}>
          {shown.value}
        </span>
        {shown.target !== null && <span className={styles.target}> / {shown.target}</span>}
      </span>
      {display.sparklines && (
        <span className={styles.trend}>
          {kpi.trend && (
            <Sparkline
              trend={kpi.trend}
              width={styles.sparkline.width}
              height={styles.sparkline.height}
              label={`Trend of ${kpi.name}`}
            />
          )}
        </span>
      )}
      {display.change && <span className={styles.change}>{kpi.change && <KpiChange change={kpi.change} />}</span>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2, trend: boolean, change: boolean) => ({
  row: css({
    display: 'grid',
    gridTemplateColumns: ['auto minmax(0, 1fr) auto', trend && theme.spacing(8), change && theme.spacing(12)]
      .filter(Boolean)
      .join(' '),
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.25, 0),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  value: css({ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', textAlign: 'right' }),
  target: css({ color: theme.colors.text.secondary }),
  note: css({ color: theme.colors.warning.text, textDecoration: 'underline dotted' }),
  trend: css({ display: 'flex', alignItems: 'center' }),
  change: css({ textAlign: 'right' }),
  sparkline: { width: theme.spacing.gridSize * 8, height: theme.spacing.gridSize * 2 },
});
