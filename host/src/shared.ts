// Modules the host shares with plugins, under the names Grafana's plugin loader uses (sharedDependencies.ts).
import * as emotionCss from '@emotion/css';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUI from '@grafana/ui';
import { Table } from 'host:grafana-ui-table';
import i18next from 'i18next';
import * as react from 'react';
import * as reactDom from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import * as rxjs from 'rxjs';

type Loader = () => Promise<unknown>;
const now =
  (value: unknown): Loader =>
  () =>
    Promise.resolve(value);

// Grafana exposes the plugin base classes on @grafana/ui too (6.4 → 6.5 migration); Table is missing from the ESM entry.
const grafanaUIShared = {
  ...grafanaUI,
  Table,
  PanelPlugin: grafanaData.PanelPlugin,
  DataSourcePlugin: grafanaData.DataSourcePlugin,
  AppPlugin: grafanaData.AppPlugin,
  DataSourceApi: grafanaData.DataSourceApi,
};

// The default export stands for the module where Grafana marks it __useDefault (lodash, moment, jquery).
const byDefault =
  (load: () => Promise<{ default: unknown }>): Loader =>
  () =>
    load().then((m) => m.default);

export const sharedModules: Record<string, Loader> = {
  react: now(react),
  'react/jsx-runtime': now(jsxRuntime),
  'react/jsx-dev-runtime': () => import('react/jsx-dev-runtime'),
  'react-dom': now(reactDom),
  'react-dom/client': () => import('react-dom/client'),
  '@grafana/data': now(grafanaData),
  '@grafana/data/unstable': () => import('@grafana/data/unstable'),
  '@grafana/ui': now(grafanaUIShared),
  '@grafana/ui/unstable': () => import('@grafana/ui/unstable'),
  '@grafana/runtime': now(grafanaRuntime),
  '@grafana/runtime/unstable': () => import('@grafana/runtime/unstable'),
  '@emotion/css': now(emotionCss),
  emotion: now(emotionCss),
  '@emotion/react': () => import('@emotion/react'),
  rxjs: now(rxjs),
  'rxjs/operators': () => import('rxjs/operators'),
  lodash: byDefault(() => import('lodash')),
  moment: byDefault(() => import('moment')),
  jquery: byDefault(() => import('jquery')),
  prismjs: () => import('prismjs'),
  d3: () => import('d3'),
  i18next: now(i18next),
  redux: () => import('redux'),
  'react-redux': () => import('react-redux'),
  'react-inlinesvg': () => import('react-inlinesvg'),
  // v6 API (what plugins that bundle react-router-dom@6 import) and v5 for older plugins, as in Grafana.
  'react-router': () => import('react-router-dom-v5-compat'),
  'react-router-dom': () => import('host:react-router-dom-v5'),
};
