// The single React root of the host page: theme context, portal container, and a render promise per mount.
import React, { type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createTheme, type GrafanaTheme2, ThemeContext } from '@grafana/data';
import { config } from '@grafana/runtime';
import { PortalContainer } from '@grafana/ui';
import type { ThemeMode } from '../api';
import { HostGlobalStyles } from './GlobalStyles';

export function hostTheme(mode: ThemeMode = 'dark'): GrafanaTheme2 {
  return createTheme({ colors: { mode } });
}

// The global styles set the body too; setting it here as well makes the theme visible before React commits.
function applyTheme(theme: GrafanaTheme2): void {
  config.theme2 = theme;
  document.body.style.backgroundColor = theme.colors.background.canvas;
  document.body.style.color = theme.colors.text.primary;
}

interface BoundaryProps {
  onReady: () => void;
  onError: (error: Error) => void;
  children: ReactNode;
}

class RenderBoundary extends React.Component<BoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError(error);
  }

  override componentDidMount(): void {
    // Resolve after the browser has painted the first commit, so effects and layout have run.
    requestAnimationFrame(() => setTimeout(() => this.state.error || this.props.onReady(), 0));
  }

  override render() {
    const { error } = this.state;
    return error ? <pre data-testid="host-render-error">{error.message}</pre> : this.props.children;
  }
}

let root: Root | undefined;
let mounts = 0;

/** Replaces the page content; resolves once it has rendered, rejects with the render error. */
export function mount(theme: GrafanaTheme2, content: ReactNode): Promise<void> {
  applyTheme(theme);
  const container = document.getElementById('root');
  if (!container) {
    return Promise.reject(new Error('host page has no #root'));
  }
  root ??= createRoot(container);
  const current = root;
  return new Promise((resolve, reject) => {
    current.render(
      <ThemeContext.Provider value={theme} key={++mounts}>
        <HostGlobalStyles />
        <RenderBoundary onReady={resolve} onError={reject}>
          {content}
        </RenderBoundary>
        <PortalContainer />
      </ThemeContext.Provider>
    );
  });
}

export function unmount(): void {
  root?.render(null);
}
