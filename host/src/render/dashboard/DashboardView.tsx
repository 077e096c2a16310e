// A dashboard page: title, variables, Grafana's grid of panels and row headings, then annotation and skipped-panel notes.
import { css } from '@emotion/css';
import type { ReactNode } from 'react';
import type { GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import type { AnnotationRun } from '../../annotations/run';
import type { DashboardLayout } from '../../dashboard/layout';
import type { PreparedPanel } from '../../dashboard/preparePanel';
import { variableText } from '../../templating/resolve';
import type { VariableState } from '../../templating/variables';
import { AnnotationList } from './AnnotationList';
import { DashboardPanel } from './DashboardPanel';
import { hostTestIds } from '../../testIds';

export interface DashboardViewProps {
  title: string;
  width: number;
  layout: DashboardLayout;
  panels: PreparedPanel[];
  variables: VariableState[];
  annotations: AnnotationRun[];
  /** The preview's pickers: the time controls beside the title, variable pickers instead of the variables' text. */
  toolbar?: { time: ReactNode; variables: ReactNode };
}

export function DashboardView(props: DashboardViewProps) {
  const { title, width, layout, panels, variables, annotations, toolbar } = props;
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.page} data-testid={hostTestIds.dashboard}>
      <Stack direction="column" gap={1}>
        <Stack justifyContent="space-between" alignItems="center" wrap="wrap">
          <Text element="h1" variant="h3">
            {title}
          </Text>
          {toolbar?.time}
        </Stack>
        {toolbar?.variables}
        {!toolbar && variables.length > 0 && (
          <Stack gap={2} wrap="wrap">
            {variables.map((v) => (
              <Text key={v.json.name} variant="bodySmall" color={v.error ? 'error' : 'secondary'}>
                {`${v.json.label || v.json.name}: ${v.error ?? variableText(v)}`}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
      <div className={styles.grid} style={{ width, height: layout.height }}>
        {layout.items.map((item, i) => {
          const box = { left: item.rect.left, top: item.rect.top, width: item.rect.width, height: item.rect.height };
          if (item.kind === 'row') {
            return (
              <div key={`row-${i}`} className={styles.item} style={box} data-testid={hostTestIds.row}>
                <Text element="h2" variant="h5">{`${item.row.collapsed ? '▸' : '▾'} ${item.row.title ?? ''}`}</Text>
              </div>
            );
          }
          const prepared = panels.find((p) => p.panel === item.panel);
          return (
            <div key={`panel-${item.panel.id ?? i}`} className={styles.item} style={box}>
              {prepared && <DashboardPanel prepared={prepared} />}
            </div>
          );
        })}
      </div>
      <AnnotationList annotations={annotations} skipped={layout.skipped} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2), padding: theme.spacing(2) }),
  grid: css({ position: 'relative' }),
  item: css({ position: 'absolute' }),
});
