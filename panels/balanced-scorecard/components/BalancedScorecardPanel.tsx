import { css } from '@emotion/css';
import { type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { Alert, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { FrameList } from '../../shared/components/FrameList';
import { PanelEmpty } from '../../shared/components/PanelEmpty';
import { missingFields, summarizeFrames } from '../../shared/data/frameSummary';
import { type Options, REQUIRED_ROLES } from '../options';

export function BalancedScorecardPanel({ data, options, width, height }: PanelProps<Options>) {
  const styles = useStyles2(getStyles);
  const frames = summarizeFrames(data.series);
  if (frames.length === 0) {
    return <PanelEmpty testId={testIds.balancedPanel.empty} message="No data: the query returned no frames." />;
  }
  const missing = missingFields(
    data.series,
    REQUIRED_ROLES.map((role) => options.fields[role])
  );
  return (
    <div data-testid={testIds.balancedPanel.root} className={styles.root} style={{ width, height }}>
      {missing.length > 0 && (
        <Alert severity="warning" title="Scorecard fields not found">
          {`Missing: ${missing.join(', ')}. Map them under Input fields.`}
        </Alert>
      )}
      <FrameList frames={frames} testId={testIds.balancedPanel.frame} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ overflow: 'auto', display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
});
