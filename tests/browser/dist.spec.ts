// dist/ is one app plugin with its nested plugins, laid out as docs/architecture.md (Parts) describes.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/** The Grafana versions the browser suite proves: the two hosts' @grafana/data, each the only one of its minor. */
const PROVEN_GRAFANA = '>=12.4.0 <12.5.0 || >=13.2.0 <13.3.0';
const hostGrafana = (dir: string): string =>
  String(JSON.parse(fs.readFileSync(path.join(__dirname, '../..', dir, '@grafana/data/package.json'), 'utf8')).version);

test('grafanaDependency admits the Grafana versions of both hosts and no other minor', () => {
  const [g12, g13] = [hostGrafana('node_modules'), hostGrafana('host/grafana13/node_modules')];
  expect([g12.split('.').slice(0, 2).join('.'), g13.split('.').slice(0, 2).join('.')]).toEqual(['12.4', '13.2']);
  expect(PROVEN_GRAFANA.split(' || ').map((part) => part.split(' ')[0])).toEqual(['>=12.4.0', '>=13.2.0']);
});

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const version: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const expected = [
  { dir: '', id: 'scorecard-suite-app', type: 'app' },
  { dir: 'panels/balanced-scorecard', id: 'scorecard-balanced-panel', type: 'panel' },
  { dir: 'panels/journey-funnel', id: 'scorecard-funnel-panel', type: 'panel' },
  { dir: 'datasource', id: 'scorecard-kpi-datasource', type: 'datasource' },
];

interface PluginJson {
  id: string;
  type: string;
  name: string;
  info: { version: string; logos: { small: string; large: string } };
  dependencies: { grafanaDependency: string };
  includes?: Array<{ type: string; name: string }>;
}

const readPlugin = (dir: string): PluginJson =>
  JSON.parse(fs.readFileSync(path.join(dist, dir, 'plugin.json'), 'utf8'));

test('dist holds the app and its nested plugins with ids, types, versions, logos and AMD modules', async ({ page }) => {
  const lines: string[] = [];
  for (const p of expected) {
    const json = readPlugin(p.dir);
    expect({ id: json.id, type: json.type }).toEqual({ id: p.id, type: p.type });
    expect(json.info.version).toBe(version);
    expect(json.dependencies.grafanaDependency).toBe(PROVEN_GRAFANA);
    for (const logo of [json.info.logos.small, json.info.logos.large]) {
      expect(fs.existsSync(path.join(dist, p.dir, logo)), `${p.id} logo ${logo}`).toBe(true);
    }
    const source = fs.readFileSync(path.join(dist, p.dir, 'module.js'), 'utf8');
    expect(source.startsWith('define(['), `${p.id} module.js is AMD`).toBe(true);
    lines.push(
      `${p.dir || '.'}/plugin.json: ${json.id} (${json.type}) ${json.info.version}, module.js ${source.length} B`
    );
  }
  const app = readPlugin('');
  const nestedNames = expected.slice(1).map((p) => ({ type: p.type, name: readPlugin(p.dir).name }));
  expect(app.includes?.filter((i) => i.type !== 'page').map((i) => ({ type: i.type, name: i.name }))).toEqual(
    nestedNames
  );
  await page.setContent(`<pre>${lines.join('\n')}</pre>`);
});
