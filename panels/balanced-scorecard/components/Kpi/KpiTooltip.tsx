import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type KpiView } from '../../data/model';
import { tooltipLines } from '../../data/tooltip';
import { StatusBadge } from '../Status/StatusBadge';

/** Definition, owner, version, indicator, value against thresholds, last update and data-quality flags. */
export function KpiTooltip({ kpi, timeZone }: { kpi: KpiView; timeZone: string }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.root}>
      <div className={styles.title}>
        {kpi.name}
        {kpi.kpiId && <span className={styles.id}>{kpi.kpiId}</span>}
      </div>
      <StatusBadge status={kpi.status} />
      <dl className={styles.lines}>
        {tooltipLines(kpi, timeZone).map((line) => (
          <div key={line.label} className={styles.line}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {kpi.flags.map((flag) => (
        <div key={flag} className={styles.flag}>
          <Icon name="exclamation-triangle" size="sm" />
          {flag}
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5), maxWidth: theme.spacing(50) }),
  title: css({ fontWeight: theme.typography.fontWeightMedium, display: 'flex', gap: theme.spacing(1) }),
  id: css({ color: theme.colors.text.secondary, fontFamily: theme.typography.fontFamilyMonospace }),
  lines: css({ margin: 0, display: 'grid', gap: theme.spacing(0.25) }),
  line: css({
    display: 'grid',
    gridTemplateColumns: `${theme.spacing(14)} 1fr`,
    gap: theme.spacing(1),
    dt: { color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightRegular },
    dd: { margin: 0 },
  }),
  flag: css({ display: 'flex', gap: theme.spacing(0.5), alignItems: 'center', color: theme.colors.warning.text }),
});
