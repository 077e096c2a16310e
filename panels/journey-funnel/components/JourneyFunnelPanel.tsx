import { css } from '@emotion/css';
import { useMemo } from 'react';
import { type PanelProps } from '@grafana/data';
import { Alert, useStyles2, useTheme2 } from '@grafana/ui';
import { EscalationsProvider } from '../../shared/annotations/EscalationsContext';
import { PanelEmpty } from '../../shared/components/PanelEmpty';
import { funnelView } from '../data/funnelView';
import { type Options } from '../options';
import { FunnelBody } from './FunnelBody';
import { testIds } from './../../../app/testIds';

export function JourneyFunnelPanel({
  data,
  options,
  width,
  height,
  replaceVariables,
  timeZone,
  timeRange,
}: PanelProps<Options>) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const view = useMemo(
    () => funnelView(data.series, options, { theme, replaceVariables, timeZone }),
    [data.series, options, theme, replaceVariables, timeZone]
  );
  if ('error' in view && view.empty === true) {
    return <PanelEmpty testId={testIds.funnelPanel.empty} message={view.error} />;
  }
  if ('error' in view) {
    return (
      <div className={styles.root} data-testid={testIds.funnelPanel.error}>
        <Alert severity="warning" title="Cannot draw a funnel from this data">
          {view.error}
        </Alert>
      </div>
    );
  }
  return (
    <EscalationsProvider
      annotations={data.annotations}
      timeRange={timeRange}
      timeZone={timeZone}
      enabled={options.showEscalations}
    >
      <div className={styles.root} data-testid={testIds.funnelPanel.root}>
        <FunnelBody view={view} options={options} width={width} height={height} />
      </div>
    </EscalationsProvider>
  );
}

const getStyles = () => ({
  root: css({ height: '100%', overflow: 'hidden' }),
});
