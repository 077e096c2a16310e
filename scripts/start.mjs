// `npm start`: build what is stale, start the KPI server on the embedded store, then Grafana (Docker) or the preview.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime, waitForHealth } from './start-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.SCORECARD_PORT ?? 3100);
const UI_PORT = Number(process.env.GRAFANA_PORT ?? 3000);
const STORE = process.env.SCORECARD_STORE ?? './data/scorecard.duckdb';
const children = [];
const closers = [];
const say = (line) => process.stdout.write(`start: ${line}\n`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  }
}

function buildIfStale() {
  const dist = path.join(root, 'dist/module.js');
  const pluginSources = ['app', 'panels', 'datasource', 'core'].map((d) => path.join(root, d));
  if (!fs.existsSync(dist) || newestMtime(pluginSources) > fs.statSync(dist).mtimeMs) {
    say('building the plugins into dist/');
    run('npm', ['run', 'build:plugins']);
  }
  const cli = path.join(root, 'build/server/cli.js');
  if (
    !fs.existsSync(cli) ||
    newestMtime([path.join(root, 'server'), path.join(root, 'core')]) > fs.statSync(cli).mtimeMs
  ) {
    run('npm', ['run', 'build:server']);
  }
}

function dockerAnswers() {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'ignore', timeout: 10_000 });
  return r.status === 0;
}

function spawnChild(name, cmd, args, options) {
  const child = spawn(cmd, args, { cwd: root, ...options });
  children.push({ name, child });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal ?? code}); stopping everything`);
      stop(1);
    }
  });
  return child;
}

async function startKpiServer(host) {
  fs.mkdirSync(path.join(root, 'data'), { recursive: true });
  const log = fs.openSync(path.join(root, 'data/scorecard-server.log'), 'a');
  const args = ['server/bin/scorecard.js', 'serve', '--demo', '--store', STORE, '--port', String(PORT), '--host', host];
  spawnChild('KPI server', process.execPath, args, { stdio: ['ignore', log, 'inherit'] });
  const url = `http://127.0.0.1:${PORT}`;
  const health = await waitForHealth(`${url}/api/health`, 30_000);
  say(
    `KPI server ${health.version} on ${url} (store: ${health.store.kind} ${health.store.location}; log: data/scorecard-server.log)`
  );
  say('escalation notices of the demo policy arrive at the demo receiver http://127.0.0.1:3101/ (open it to see them)');
  const dir = path.dirname(path.resolve(root, STORE));
  const tokensFile = path.join(dir, 'demo-tokens.json');
  const appTokensFile = path.join(dir, 'demo-app-tokens.json');
  return {
    url,
    tokens: JSON.parse(fs.readFileSync(tokensFile, 'utf8')),
    tokensFile,
    appTokens: appTokensByRole(JSON.parse(fs.readFileSync(appTokensFile, 'utf8')), appTokensFile),
    appTokensFile,
  };
}

// demo-app-tokens.json lists Grafana-proxy tokens; the app's settings want one per route.
function appTokensByRole(file, where) {
  const byRole = Object.fromEntries((file.tokens ?? []).map((t) => [t.role, t.token]));
  for (const role of ['viewer', 'editor', 'approver']) {
    if (typeof byRole[role] !== 'string') {
      throw new Error(`${where} has no ${role} token: delete the file and start again to regenerate it`);
    }
  }
  return {
    viewerToken: byRole.viewer,
    editorToken: byRole.editor,
    approverToken: byRole.approver,
  };
}

// SCORECARD_PREVIEW_GRAFANA=13 previews on the host built from Grafana 13.2's libraries (React 19).
const PREVIEW_GRAFANA = process.env.SCORECARD_PREVIEW_GRAFANA === '13' ? 13 : 12;

async function startPreview(server) {
  run(process.execPath, ['host/build-host.mjs', `--grafana=${PREVIEW_GRAFANA}`]);
  const buildDir = PREVIEW_GRAFANA === 13 ? 'host/build-g13' : 'host/build';
  const { startHost } = await import(path.join(root, buildDir, 'server.mjs'));
  // The real provisioning: its datasources and provisioning/dashboards/json, listed on the preview page.
  const provisioningDir = path.join(root, 'provisioning');
  const host = await startHost({
    port: UI_PORT,
    root,
    grafana: PREVIEW_GRAFANA,
    provisioningDir,
    kpiServerUrl: server.url,
    token: server.tokens.viewer,
    appSettings: { jsonData: { serverUrl: server.url }, secureJsonData: server.appTokens },
  });
  closers.push(() => host.close());
  say(
    `no Docker engine answers: serving the browser preview (Grafana ${PREVIEW_GRAFANA} libraries) on http://localhost:${UI_PORT}`
  );
  say(
    '  it loads dist/ the way Grafana does; datasource requests go through a Grafana-like proxy with the viewer token'
  );
  say(`  provisioned dashboards: http://localhost:${UI_PORT}/d/<uid> (listed on the preview page)`);
  say(
    `  the app calls the KPI server through its plugin routes with the tokens in ${path.relative(root, server.appTokensFile)}; you are signed in as admin (Admin): switch users in the header`
  );
}

function startGrafana(server) {
  const env = {
    ...process.env,
    SCORECARD_SERVER_URL: `http://host.docker.internal:${PORT}`,
    SCORECARD_TOKEN: server.tokens.viewer,
    SCORECARD_ADMIN_TOKEN: server.tokens.admin,
    SCORECARD_APP_VIEWER_TOKEN: server.appTokens.viewerToken,
    SCORECARD_APP_EDITOR_TOKEN: server.appTokens.editorToken,
    SCORECARD_APP_APPROVER_TOKEN: server.appTokens.approverToken,
  };
  spawnChild('Grafana (docker compose)', 'docker', ['compose', 'up', 'grafana'], { stdio: 'inherit', env });
  say(`Grafana starting with docker compose on http://localhost:${UI_PORT} (anonymous admin)`);
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) {
    return;
  }
  stopping = true;
  for (const close of closers) {
    await close().catch(() => {});
  }
  for (const { child } of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
    }
  }
  await Promise.all(
    children.map(({ child }) => (child.exitCode === null ? new Promise((r) => child.on('exit', r)) : null))
  );
  say('stopped');
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  buildIfStale();
  const docker = dockerAnswers();
  // Grafana in a container reaches the host's server through host-gateway, so listen beyond loopback then.
  const server = await startKpiServer(docker ? '0.0.0.0' : '127.0.0.1');
  say(`demo tokens (admin, viewer): ${path.relative(root, server.tokensFile)}`);
  say(`app tokens (Grafana proxy: viewer, editor, approver): ${path.relative(root, server.appTokensFile)}`);
  if (docker) {
    startGrafana(server);
  } else {
    await startPreview(server);
  }
  say('press Ctrl-C to stop');
} catch (err) {
  process.stderr.write(`start: ${err instanceof Error ? err.message : String(err)}\n`);
  await stop(1);
}
