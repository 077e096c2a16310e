// The built modules are Grafana-shaped AMD: host plugin classes, shared dependencies only, nothing bundled twice.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const dist = path.resolve(__dirname, '../../dist');
const modules = [
  { path: '', pluginClass: 'AppPlugin' },
  { path: 'panels/balanced-scorecard', pluginClass: 'PanelPlugin' },
  { path: 'panels/journey-funnel', pluginClass: 'PanelPlugin' },
  { path: 'datasource', pluginClass: 'DataSourcePlugin' },
];

// Text only present when React (17–19) itself is bundled: its internals and build banners.
const REACT_MARKERS = [
  '__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED',
  '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  'react.production',
  'react-dom.production',
  'react.development',
  'react-jsx-runtime.production',
];
// Packages Grafana shares at runtime; a source map entry under one of them means it was bundled.
const SHARED_PACKAGE =
  /node_modules\/(react|react-dom|scheduler|@grafana\/(data|ui|runtime)|@emotion\/(css|react)|rxjs|lodash|moment|i18next|redux|react-redux|react-router|d3(-[a-z]+)?)\//;

test("each module exports a plugin of the host's own @grafana/data classes and asks only for shared modules", async ({
  hostPage: page,
}) => {
  const shared = await page.evaluate(() => window.host.sharedModuleNames());
  for (const module of modules) {
    const info = await page.evaluate((p) => window.host.inspectModule(p), module.path);
    expect(info.pluginClass, info.url).toBe(module.pluginClass);
    expect(info.hostClass, `${info.url}: plugin instanceof the host's ${module.pluginClass}`).toBe(true);
    expect(
      info.deps.filter((dep) => dep !== 'module' && !shared.includes(dep)),
      info.url
    ).toEqual([]);
    // Grafana's production React has no jsxDEV: a development build (npm run dev) would fail to render there.
    expect(info.deps, `${info.url} is a development build; run npm run build`).not.toContain('react/jsx-dev-runtime');
  }
});

test('no module bundles React or another module Grafana shares', async ({ hostPage: page }) => {
  const report: string[] = [];
  for (const module of modules) {
    const file = path.join(dist, module.path, 'module.js');
    const source = fs.readFileSync(file, 'utf8');
    expect(
      REACT_MARKERS.filter((marker) => source.includes(marker)),
      file
    ).toEqual([]);
    const map = `${file}.map`;
    const sources: string[] = fs.existsSync(map) ? JSON.parse(fs.readFileSync(map, 'utf8')).sources : [];
    expect(
      sources.filter((s) => SHARED_PACKAGE.test(s)),
      map
    ).toEqual([]);
    report.push(`${module.path || '(app)'}: ${source.length} bytes, ${sources.length || 'no'} mapped sources`);
  }
  await page.evaluate((lines) => {
    document.body.innerText = lines.join('\n');
  }, report);
});
