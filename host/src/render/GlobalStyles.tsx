// Grafana's global CSS (resets, body, links, forms) without the web fonts the host cannot serve.
import { Global } from '@emotion/react';
import { styleFunctions } from 'host:grafana-global-styles';
import { useTheme2 } from '@grafana/ui';

export function HostGlobalStyles() {
  const theme = useTheme2();
  return <Global styles={styleFunctions.map((style) => style(theme))} />;
}
