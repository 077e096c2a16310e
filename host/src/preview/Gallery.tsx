// The preview's plugin gallery: each panel with example frames, and each provisioned datasource's health.
import { css } from '@emotion/css';
import type { GrafanaTheme2, TestDataSourceResponse } from '@grafana/data';
import { config, getDataSourceSrv } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, Stack, Text, useStyles2, useTheme2 } from '@grafana/ui';
import { type PanelExample, panelExamples } from '../examples';
import { importPanelPlugin } from '../plugins';
import { PanelHost, panelSetup } from '../render/PanelHost';
import { useAsync } from './useAsync';

function GalleryPanel({ example }: { example: PanelExample }) {
  const theme = useTheme2();
  const state = useAsync(() => importPanelPlugin(example.plugin), example.plugin);
  if (state.status === 'loading') {
    return <LoadingPlaceholder text={`Loading ${example.plugin}`} />;
  }
  if (state.status === 'error') {
    return <Alert title={`${example.title} failed to load`}>{state.error.message}</Alert>;
  }
  const setup = panelSetup(state.value, {
    plugin: example.plugin,
    frames: example.frames,
    title: example.title,
    width: 520,
    height: 320,
  });
  return <PanelHost setup={setup} theme={theme} />;
}

async function health(uid: string): Promise<TestDataSourceResponse> {
  return (await getDataSourceSrv().get(uid)).testDatasource();
}

function DatasourceHealth({ uid, name }: { uid: string; name: string }) {
  const state = useAsync(() => health(uid), uid);
  if (state.status === 'loading') {
    return <LoadingPlaceholder text={`Testing ${name}`} />;
  }
  const result = state.status === 'done' ? state.value : { status: 'error', message: state.error.message };
  return (
    <Alert severity={result.status === 'success' ? 'success' : 'error'} title={`${name}: ${result.status}`}>
      {result.message}
    </Alert>
  );
}

export function Gallery() {
  const styles = useStyles2(getStyles);
  const datasources = Object.values(config.datasources);
  return (
    <Stack direction="column" gap={2}>
      <Text element="h2">Plugin gallery</Text>
      <div className={styles.panels}>
        {panelExamples.map((example) => (
          <GalleryPanel key={example.plugin} example={example} />
        ))}
      </div>
      <Text element="h3">Datasources (through the proxy)</Text>
      {datasources.length === 0 && <Text color="secondary">No datasource is provisioned.</Text>}
      {datasources.map((ds) => (
        <DatasourceHealth key={ds.uid} uid={ds.uid} name={ds.name} />
      ))}
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panels: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(2) }),
});
