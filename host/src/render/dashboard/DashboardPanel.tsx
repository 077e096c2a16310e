// One dashboard panel in PanelChrome: a plugin from dist/, a core stand-in (marked as such), or an "unavailable" box.
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { PanelChrome, Text, useStyles2, useTheme2 } from '@grafana/ui';
import type { PreparedPanel } from '../../dashboard/preparePanel';
import { PluginPanel } from '../PanelHost';
import { hostTestIds } from '../../testIds';

function Body({ prepared, width, height }: { prepared: PreparedPanel; width: number; height: number }) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const { content } = prepared;
  if (content.kind === 'plugin') {
    return <PluginPanel setup={content.setup} theme={theme} width={width} height={height} />;
  }
  if (content.kind === 'standIn' && content.view) {
    return <>{content.view(width, height)}</>;
  }
  return (
    <div className={styles.problem} data-testid={hostTestIds.panelProblem}>
      {prepared.error}
    </div>
  );
}

export function DashboardPanel({ prepared }: { prepared: PreparedPanel }) {
  const { panel, rect, content } = prepared;
  const standIn = content.kind === 'standIn' ? content.standIn.name : undefined;
  const note = standIn && (
    <Text variant="bodySmall" color="secondary" italic>{`host stand-in for Grafana's ${standIn} panel`}</Text>
  );
  return (
    <div
      data-testid={hostTestIds.panel}
      data-panel-id={panel.id}
      data-panel-type={panel.type}
      data-status={prepared.status}
    >
      <PanelChrome
        width={rect.width}
        height={rect.height}
        title={getTemplateSrv().replace(panel.title ?? '', undefined, 'text')}
        description={panel.description}
        statusMessage={prepared.status === 'error' ? prepared.error : undefined}
        titleItems={note}
      >
        {(width, height) => <Body prepared={prepared} width={width} height={height} />}
      </PanelChrome>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  problem: css({
    height: '100%',
    padding: theme.spacing(1),
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    color: theme.colors.error.text,
    border: `1px dashed ${theme.colors.error.border}`,
    borderRadius: theme.shape.radius.default,
  }),
});
