// Bundles the browser host (ESM, code-split) and the host server (Node ESM) with esbuild; skips when up to date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** The hosts: Grafana 12.4 (React 18) from the root node_modules, Grafana 13.2 (React 19) from host/grafana13. */
export const HOSTS = {
  12: { packageDir: root, buildDir: path.join(here, 'build') },
  13: { packageDir: path.join(here, 'grafana13'), buildDir: path.join(here, 'build-g13') },
};
export const buildDir = HOSTS[12].buildDir;

// What Grafana shares with plugins (and what they share with each other) comes from the host's own libraries only.
const SHARED = /^(react|react-dom|react-router|react-router-dom|react-router-dom-v5-compat|rxjs|i18next|@grafana\/[^/]+|@emotion\/[^/]+)(\/.*)?$/;

const sharedFrom = (packageDir) => ({
  name: 'grafana-shared-from-host',
  setup(build) {
    const modules = path.join(packageDir, 'node_modules');
    build.onResolve({ filter: SHARED }, (args) =>
      // another plugin's own resolve (pluginData set) or an import inside the host's libraries: left as it is
      args.pluginData !== undefined || args.importer.startsWith(modules)
        ? undefined
        : build.resolve(args.path, { resolveDir: packageDir, kind: args.kind, pluginData: 'shared' })
    );
  },
});

const firstExisting = (...files) => files.find((f) => fs.existsSync(f)) ?? files[0];

// Grafana shares react-router-dom v5 with plugins: resolve it (and the v6 compat layer) as @grafana/ui does.
const grafanaRouterPlugin = (packageDir) => ({
  name: 'grafana-router',
  setup(build) {
    const uiDir = path.join(packageDir, 'node_modules/@grafana/ui');
    build.onResolve({ filter: /^host:react-router-dom-v5$/ }, (args) =>
      build.resolve('react-router-dom', { resolveDir: uiDir, kind: args.kind })
    );
    build.onResolve({ filter: /^react-router-dom-v5-compat$/ }, (args) =>
      args.pluginData === 'ui'
        ? undefined
        : build.resolve(args.path, { resolveDir: uiDir, kind: args.kind, pluginData: 'ui' })
    );
  },
});

// setPanelRenderer is in @grafana/runtime's internal entry, which its exports map does not list: load its module.
const panelRendererPlugin = (packageDir) => ({
  name: 'grafana-panel-renderer',
  setup(build) {
    const file = path.join(packageDir, 'node_modules/@grafana/runtime/dist/esm/components/PanelRenderer.mjs');
    build.onResolve({ filter: /^host:grafana-panel-renderer$/ }, () => ({ path: file }));
  },
});

// @grafana/ui 12's ESM entry leaves out Table (its CJS entry and Grafana's own build export it): load the component itself.
const grafanaTablePlugin = (packageDir) => ({
  name: 'grafana-ui-table',
  setup(build) {
    const table = path.join(packageDir, 'node_modules/@grafana/ui/dist/esm/components/Table');
    const file = firstExisting(path.join(table, 'TableRT/Table.mjs'), path.join(table, 'Table.mjs'));
    build.onResolve({ filter: /^host:grafana-ui-table$/ }, () => ({ path: file }));
  },
});

// Grafana's GlobalStyles minus its @font-face rules: the fonts ship with Grafana, not with @grafana/ui.
const globalStylesPlugin = (packageDir) => ({
  name: 'grafana-global-styles',
  setup(build) {
    const dir = path.join(packageDir, 'node_modules/@grafana/ui/dist/esm/themes/GlobalStyles');
    build.onResolve({ filter: /^host:grafana-global-styles$/ }, () => ({ path: 'global-styles', namespace: 'host' }));
    build.onLoad({ filter: /.*/, namespace: 'host' }, () => {
      const source = fs.readFileSync(path.join(dir, 'GlobalStyles.mjs'), 'utf8');
      const imports = [...source.matchAll(/import \{ (get\w+Styles) \} from '(\.\/\w+\.mjs)';/g)].filter(
        ([, name]) => name !== 'getFontStyles'
      );
      const contents = [
        ...imports.map(([, name, file]) => `import { ${name} } from '${file}';`),
        `export const styleFunctions = [${imports.map(([, name]) => name).join(', ')}];`,
      ].join('\n');
      return { contents, resolveDir: dir, loader: 'js', watchFiles: [path.join(dir, 'GlobalStyles.mjs')] };
    });
  },
});

function upToDate(metaFile) {
  if (!fs.existsSync(metaFile)) {
    return false;
  }
  const builtAt = fs.statSync(metaFile).mtimeMs;
  // Virtual modules (namespace "host:") have no file of their own; their imports are listed as inputs.
  const inputs = Object.keys(JSON.parse(fs.readFileSync(metaFile, 'utf8')).inputs).filter(
    (p) => !p.startsWith('host:')
  );
  const watched = [...inputs.map((p) => path.join(root, p)), fileURLToPath(import.meta.url)];
  return watched.every((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs <= builtAt);
}

/** Builds host/build[-g13]/{public/host.js, chunks, server.mjs}; returns true when something was rebuilt. */
export async function buildHost({ force = false, grafana = 12 } = {}) {
  const { packageDir, buildDir } = HOSTS[grafana];
  const metaFile = path.join(buildDir, 'meta.json');
  if (!fs.existsSync(path.join(packageDir, 'node_modules/@grafana/ui'))) {
    throw new Error(`${path.relative(root, packageDir) || '.'}: @grafana/ui is not installed: run npm ci`);
  }
  if (!force && upToDate(metaFile)) {
    return false;
  }
  fs.rmSync(buildDir, { recursive: true, force: true });
  const browser = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { host: 'host/src/entry.tsx' },
    outdir: path.join(buildDir, 'public'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    jsx: 'automatic',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [
      ...(grafana === 12 ? [] : [sharedFrom(packageDir)]),
      grafanaRouterPlugin(packageDir),
      globalStylesPlugin(packageDir),
      grafanaTablePlugin(packageDir),
      panelRendererPlugin(packageDir),
    ],
    metafile: true,
    logLevel: 'warning',
  });
  const server = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['host/server.ts'],
    outfile: path.join(buildDir, 'server.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = { ...browser.metafile.inputs, ...server.metafile.inputs };
  fs.writeFileSync(metaFile, JSON.stringify({ inputs }));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const asked = process.argv.find((a) => a.startsWith('--grafana='))?.slice('--grafana='.length);
  const versions = asked === undefined ? [12, 13] : [Number(asked)];
  for (const grafana of versions) {
    const started = Date.now();
    const rebuilt = await buildHost({ force, grafana });
    const what = rebuilt ? `built in ${Date.now() - started} ms` : 'up to date';
    process.stdout.write(`host bundle (Grafana ${grafana}) ${what}: ${path.relative(process.cwd(), HOSTS[grafana].buildDir)}\n`);
  }
}
