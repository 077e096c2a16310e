import { css } from '@emotion/css';
import { useMemo } from 'react';
import { type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { Alert, useStyles2, useTheme2 } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { EscalationsProvider } from '../../shared/annotations/EscalationsContext';
import { PanelEmpty } from '../../shared/components/PanelEmpty';
import { missingRequired } from '../data/fields';
import { buildScorecard } from '../data/scorecard';
import { migrateOptions } from '../migrations';
import { type Options } from '../options';
import { ScorecardBody } from './ScorecardBody';
import { ScorecardHeader } from './ScorecardHeader/ScorecardHeader';

export function BalancedScorecardPanel({
  data,
  options: saved,
  width,
  height,
  timeRange,
  timeZone,
}: PanelProps<Options>) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  // Saved options may lack what a version added or hold older shapes; the panel reads them complete.
  const options = useMemo(() => migrateOptions(saved), [saved]);
  const rangeEnd = timeRange.to.valueOf();
  const view = useMemo(
    () => buildScorecard({ frames: data.series, options, theme, timeZone, rangeEnd }),
    [data.series, options, theme, timeZone, rangeEnd]
  );
  const failed = data.errors?.[0]?.message;
  if (data.series.length === 0) {
    return failed ? (
      <PanelEmpty testId={testIds.balancedPanel.error} message={`The query failed: ${failed}`} />
    ) : (
      <PanelEmpty testId={testIds.balancedPanel.empty} message="No data: the query returned no frames." />
    );
  }
  const missing = missingRequired(data.series, options.fields);
  if (missing.length > 0) {
    return (
      <div data-testid={testIds.balancedPanel.root} className={styles.root}>
        <Alert severity="warning" title="Scorecard fields not found">
          {`Missing: ${missing.join(', ')}. Map them under Input fields, or query a table with the fields perspective, objective, kpi and value.`}
        </Alert>
      </div>
    );
  }
  if (view.kpiCount === 0) {
    return (
      <PanelEmpty
        testId={testIds.balancedPanel.empty}
        message="No KPI rows: every row lacks a perspective, objective or KPI."
      />
    );
  }
  const bodyHeight = Math.max(0, height - theme.spacing.gridSize * 5);
  return (
    <EscalationsProvider
      annotations={data.annotations}
      timeRange={timeRange}
      timeZone={timeZone}
      enabled={options.display.escalations}
    >
      <div data-testid={testIds.balancedPanel.root} className={styles.root}>
        <ScorecardHeader view={view} />
        <div className={styles.body}>
          <ScorecardBody view={view} options={options} width={width} height={bodyHeight} timeZone={timeZone} />
        </div>
      </div>
    </EscalationsProvider>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), height: '100%', overflow: 'hidden' }),
  body: css({ flex: 1, minHeight: 0 }),
});
