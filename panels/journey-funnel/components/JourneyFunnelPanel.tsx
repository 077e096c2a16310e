import { css } from '@emotion/css';
import { type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { FrameList } from '../../shared/components/FrameList';
import { PanelEmpty } from '../../shared/components/PanelEmpty';
import { summarizeFrames } from '../../shared/data/frameSummary';
import { type Options } from '../options';

export function JourneyFunnelPanel({ data, width, height }: PanelProps<Options>) {
  const styles = useStyles2(getStyles);
  const frames = summarizeFrames(data.series);
  if (frames.length === 0) {
    return <PanelEmpty testId={testIds.funnelPanel.empty} message="No data: the query returned no frames." />;
  }
  return (
    <div data-testid={testIds.funnelPanel.root} className={styles.root} style={{ width, height }}>
      <FrameList frames={frames} testId={testIds.funnelPanel.frame} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ overflow: 'auto', display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
});
