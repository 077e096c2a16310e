import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type StageKpiView } from '../../data/model';
import { testIds } from '../../../../app/testIds';
import { kpiStatus, type KpiTone } from './status';

/** Small chips: KPI name, value / target, status icon and word. */
export function StageKpis({ stageKey, kpis }: { stageKey: string; kpis: StageKpiView[] }) {
  const styles = useStyles2(getStyles);
  if (kpis.length === 0) {
    return null;
  }
  return (
    <ul className={styles.chips} aria-label="Stage KPIs">
      {kpis.map((kpi) => {
        const { tone, icon } = kpiStatus(kpi.status);
        return (
          <li key={kpi.kpiId} className={styles.chip} data-testid={testIds.funnelPanel.kpi(stageKey, kpi.kpiId)}>
            <span className={styles.name} title={kpi.name}>
              {kpi.name}
            </span>
            <span className={styles.value}>
              {kpi.valueText}
              {kpi.targetText !== null && <span className={styles.target}> / {kpi.targetText}</span>}
            </span>
            <span className={styles.tone[tone]}>
              <Icon name={icon} size="xs" aria-hidden />
              {kpi.statusWord}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const tone = (color: string) =>
    css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.25), color, whiteSpace: 'nowrap' });
  return {
    chips: css({
      display: 'flex',
      flexWrap: 'wrap',
      gap: theme.spacing(0.5),
      listStyle: 'none',
      margin: 0,
      padding: 0,
    }),
    chip: css({
      display: 'inline-flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      maxWidth: '100%',
      padding: theme.spacing(0, 0.75),
      border: `1px solid ${theme.colors.border.weak}`,
      borderRadius: theme.shape.radius.pill,
      fontSize: theme.typography.bodySmall.fontSize,
    }),
    name: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }),
    value: css({ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }),
    target: css({ color: theme.colors.text.secondary }),
    tone: {
      success: tone(theme.colors.success.text),
      warning: tone(theme.colors.warning.text),
      error: tone(theme.colors.error.text),
      none: tone(theme.colors.text.secondary),
    } satisfies Record<KpiTone, string>,
  };
};
